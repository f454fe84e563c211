using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Dosing;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Series;

namespace Tandem.Web.Pages.Dosing;

/// <summary>
/// The dosing-session record: the prescriber's orders, one record per person with the safety rules checked where the
/// clinician works, overrides by a Prescriber, signing, and amendments after signing.
/// </summary>
public sealed partial class IndexModel(
    TandemDbContext db, CaseScope scope, DosingSheets sheets, StockDraws draws, Register.Witnesses witnesses, SeriesProgress progress, ClinicalAudit audit, PrescriberNotices prescribers, TimeProvider clock)
    : PageModel
{
    public const string ConflictMessage = "Someone else changed this record while you were editing it. Their changes are shown below; make yours again.";

    public DosingSheet Sheet { get; private set; } = null!;
    public bool IsPrescriber => scope.Viewer.IsPrescriber;

    /// <summary>The person whose form was posted and refused, so only that form shows the posted values and errors.</summary>
    public Guid? PostedFor { get; private set; }

    [BindProperty] public OrderInput Order { get; set; } = new();
    [BindProperty] public RecordInput Record { get; set; } = new();
    [BindProperty] public VitalsInput Vitals { get; set; } = new();
    [BindProperty] public AdverseEventInput Adverse { get; set; } = new();
    [BindProperty] public OverrideInput Override { get; set; } = new();
    [BindProperty] public SettingInput Setting { get; set; } = new();
    [BindProperty] public AmendInput Amend { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id)
    {
        if (!await LoadAsync(id, CaseOperations.ReadClinical, track: false))
        {
            return NotFound();
        }

        await audit.RecordAllAsync(AuditCode.DosingRecord_Viewed, Sheet.People.Select(person => Sheet.Saved
            ? (nameof(DosingRecord), person.Record.Id, (Guid?)person.ClientId)
            : (nameof(Core.Treatment.SeriesSession), Sheet.Session.Id, (Guid?)person.ClientId)));

        return Page();
    }

    public async Task<IActionResult> OnPostOrderAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id, nameof(Order), Order.ClientId) || !IsPrescriber || Sheet.Person(Order.ClientId) is not { } person)
        {
            return NotFound();
        }

        if (Order.BoosterAllowed && Order.BoosterMaxMg is null)
        {
            ModelState.AddModelError("Order.BoosterMaxMg", "Give the largest booster allowed.");
        }

        if (person.Order?.Version != Order.Version)
        {
            ModelState.AddModelError("", StaleOrder(person.Order));
        }

        var outsideBand = Order.Mg is { } mg ? DoseSafety.OutsideBand(Sheet.Session.Kind, mg, person.Protocol.Settings) : null;
        if (outsideBand is not null && string.IsNullOrWhiteSpace(Order.OutsideBandReason))
        {
            ModelState.AddModelError("Order.OutsideBandReason", $"{outsideBand.Message} Write why this dose is right for {person.FirstName}.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (person.Order is { } current)
        {
            db.Entry(current).Property(o => o.Version).OriginalValue = Order.Version!.Value;
        }

        var order = person.Order ?? db.DoseOrders.Add(new DoseOrder
        {
            PracticeId = scope.Viewer.PracticeId, SeriesSessionId = id, CaseId = Sheet.Session.CaseId, ClientId = person.ClientId,
        }).Entity;
        order.Mg = Order.Mg!.Value;
        order.Route = Order.Route;
        order.BoosterAllowed = Order.BoosterAllowed;
        order.BoosterMaxMg = Order.BoosterAllowed ? Order.BoosterMaxMg : null;
        order.Note = Order.Note?.Trim();
        order.OutsideBandReason = outsideBand is null ? null : Order.OutsideBandReason!.Trim();
        order.PrescriberId = scope.Viewer.UserId;
        order.OrderedAt = clock.GetUtcNow().UtcDateTime;
        return await SaveAsync(AuditCode.DoseOrder_Written, nameof(DoseOrder), order.Id, person.ClientId);
    }

    public async Task<IActionResult> OnPostRecordAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id, nameof(Record), Record.ClientId) || Sheet.Person(Record.ClientId) is not { } person)
        {
            return NotFound();
        }

        var r = person.Record;
        Record.ApplyTo(r, person.Order, Sheet, ModelState);
        r.ProtocolNumber = r.DoseMg is null ? null : r.ProtocolNumber ?? Sheet.CurrentProtocol.Number;
        if (Sheet.IsAhead && Record.HappensOnTheDay)
        {
            ModelState.AddModelError("", RecordDay.DosingNotYet(Sheet.Session.Date));
        }
        else if (r.DoseMg is not null && person.BeforeDose.Where(f => f.IsHardBlock).ToList() is { Count: > 0 } blocks)
        {
            foreach (var block in blocks)
            {
                ModelState.AddModelError("", $"{person.FirstName}: {block.Message} Nobody can override this.");
            }
        }

        if (DosingChecks.MissingEarlierReason(r, person.Context, person.FirstName) is { } missing)
        {
            ModelState.AddModelError("Record.EarlierUnsignedReason", missing);
        }

        var from = FromStock(r);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        if (Sheet.Saved)
        {
            db.Entry(r).Property(x => x.Version).OriginalValue = Record.Version;
        }

        var drawn = Sheet.Stock.KeepsRegister ? await draws.DrawAsync(Sheet, person, from) : Drawn.Nothing;
        if (drawn.Problem is { } problem)
        {
            ModelState.AddModelError("Record.StockId", problem);
            return Page();
        }

        return await SaveAsync(AuditCode.DosingRecord_Changed, nameof(DosingRecord), r.Id, person.ClientId, drawn.Audit);
    }

    public async Task<IActionResult> OnPostVitalsAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id, nameof(Vitals), Vitals.ClientId) || Sheet.Person(Vitals.ClientId) is not { } person)
        {
            return NotFound();
        }

        if (Vitals.Diastolic >= Vitals.Systolic)
        {
            ModelState.AddModelError("Vitals.Diastolic", "The diastolic pressure is lower than the systolic.");
        }

        RefuseAhead();

        if (!ModelState.IsValid)
        {
            return Page();
        }

        person.Record.Vitals.Add(new VitalsReading
        {
            PracticeId = scope.Viewer.PracticeId, DosingRecordId = person.Record.Id, At = Sheet.OnSessionDay(Vitals.At!.Value),
            Systolic = Vitals.Systolic!.Value, Diastolic = Vitals.Diastolic!.Value, HeartRate = Vitals.HeartRate!.Value, SpO2 = Vitals.SpO2,
        });
        return await SaveAsync(AuditCode.DosingRecord_Changed, nameof(DosingRecord), person.Record.Id, person.ClientId);
    }

    public async Task<IActionResult> OnPostAdverseAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id, nameof(Adverse), Adverse.ClientId) || Sheet.Person(Adverse.ClientId) is not { } person)
        {
            return NotFound();
        }

        RefuseAhead();

        if (!ModelState.IsValid)
        {
            return Page();
        }

        person.Record.AdverseEvents.Add(new AdverseEvent
        {
            PracticeId = scope.Viewer.PracticeId, DosingRecordId = person.Record.Id, Kind = Adverse.Kind!.Value, Severity = Adverse.Severity!.Value,
            At = Sheet.OnSessionDay(Adverse.At!.Value), Description = Adverse.Description?.Trim(), Action = Adverse.Action!.Trim(),
        });
        return await SaveAsync(AuditCode.DosingRecord_Changed, nameof(DosingRecord), person.Record.Id, person.ClientId);
    }

    public async Task<IActionResult> OnPostOverrideAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id, nameof(Override), Override.ClientId) || Sheet.Person(Override.ClientId) is not { } person)
        {
            return NotFound();
        }

        var finding = person.BeforeDose.Concat(person.BeforeDischarge).FirstOrDefault(f => f.Check == Override.Check);
        if (!IsPrescriber)
        {
            ModelState.AddModelError("", "Only a prescriber can override a safety check.");
        }
        else if (finding is null || person.OverrideOf(finding.Check) is not null)
        {
            ModelState.AddModelError("", "That check does not fail now, or is already overridden.");
        }
        else if (finding.IsHardBlock)
        {
            ModelState.AddModelError("", $"{finding.Message} This is a hard block: nobody can override it.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = db.SafetyOverrides.Add(new SafetyOverride
        {
            PracticeId = scope.Viewer.PracticeId, DosingRecordId = person.Record.Id, CaseId = Sheet.Session.CaseId, ClientId = person.ClientId,
            Check = finding!.Check, Finding = finding.Message, Reason = Override.Reason!.Trim(), PrescriberId = scope.Viewer.UserId,
            At = clock.GetUtcNow().UtcDateTime,
        }).Entity;
        return await SaveAsync(AuditCode.SafetyOverride_Recorded, nameof(SafetyOverride), saved.Id, person.ClientId);
    }

    public async Task<IActionResult> OnPostSettingAsync(Guid id)
    {
        if (!await LoadForChangeAsync(id, nameof(Setting), null))
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var s = Sheet.Record;
        (s.Room, s.Eyeshades, s.Playlist, s.Observations) = (Setting.Room?.Trim(), Setting.Eyeshades, Setting.Playlist?.Trim(), Setting.Observations?.Trim());
        if (Sheet.Saved)
        {
            db.Entry(s).Property(x => x.Version).OriginalValue = Setting.Version;
        }

        return await SaveAsync(AuditCode.DosingRecord_Changed, nameof(DosingSession), s.Id, null);
    }

    public async Task<IActionResult> OnPostSignAsync(Guid id, Guid? version)
    {
        if (!await LoadForChangeAsync(id, "Sign", null))
        {
            return NotFound();
        }

        if (Sheet.Version != version)
        {
            ModelState.RefuseStale("The record", "someone else saved to it; it is shown below as it is now, so read it again before you sign");
        }

        foreach (var person in Sheet.People)
        {
            foreach (var finding in person.Unresolved)
            {
                ModelState.AddModelError("", $"{person.FirstName}: {finding.Message}");
            }

            if (Sheet.Stock.SigningProblem(person.Record, person.FirstName) is { } stock)
            {
                ModelState.AddModelError("", stock);
            }
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        Sheet.Record.Sign(scope.Viewer.UserId, clock.GetUtcNow().UtcDateTime);
        var result = await SaveAsync(AuditCode.DosingSession_Signed, nameof(DosingSession), Sheet.Record.Id, null);
        if (result is RedirectToPageResult)
        {
            await progress.CompleteIfDoneAsync(scope.Viewer.PracticeId, Sheet.Session.CaseId);
        }

        return result;
    }

    public async Task<IActionResult> OnPostAmendAsync(Guid id)
    {
        if (!await LoadAsync(id, CaseOperations.WriteClinical, track: true))
        {
            return NotFound();
        }

        ModelState.KeepOnly(nameof(Amend));
        if (!Sheet.Record.IsSigned)
        {
            ModelState.AddModelError("", "The record is still a draft: change it directly.");
        }

        if (Amend.ClientId is { } clientId && Sheet.Person(clientId) is null)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var amendment = db.DosingAmendments.Add(new DosingAmendment
        {
            PracticeId = scope.Viewer.PracticeId, DosingSessionId = Sheet.Record.Id, ClientId = Amend.ClientId,
            Correction = Amend.Correction!.Trim(), Reason = Amend.Reason!.Trim(), AmendedById = scope.Viewer.UserId, AmendedAt = clock.GetUtcNow().UtcDateTime,
        }).Entity;
        await audit.RecordAsync(AuditCode.DosingSession_Amended, nameof(DosingAmendment), amendment.Id, Amend.ClientId);
        return RedirectToPage(new { id });
    }

    /// <summary>Loads the sheet to change it: only the posted form's input is validated, and a signed record refuses every change.</summary>
    private async Task<bool> LoadForChangeAsync(Guid id, string input, Guid? clientId)
    {
        if (!await LoadAsync(id, CaseOperations.WriteClinical, track: true))
        {
            return false;
        }

        ModelState.KeepOnly(input);
        PostedFor = clientId;
        if (Sheet.Record.IsSigned)
        {
            ModelState.AddModelError("", "This record is signed and cannot be changed; add an amendment with the reason instead.");
        }

        return true;
    }

    /// <summary>Vitals and adverse events happen on the session's day, so they are not recorded before it.</summary>
    private void RefuseAhead()
    {
        if (Sheet.IsAhead)
        {
            ModelState.AddModelError("", RecordDay.DosingNotYet(Sheet.Session.Date));
        }
    }

    /// <summary>What the order is now, for a prescriber whose form showed an older one (or none).</summary>
    private static string StaleOrder(DoseOrder? now) =>
        "The dose order was changed since you opened this page: " + (now is null
            ? "it was withdrawn."
            : $"it is now {now.Mg:0.##} mg, {(now.Route == DoseRoute.SublingualTroche ? "sublingual troche" : "sublingual lozenge")}, "
              + (now.BoosterAllowed ? $"booster up to {now.BoosterMaxMg:0.##} mg." : "no booster."))
        + " Nothing was saved; change it again if it should differ.";

    private async Task<IActionResult> SaveAsync(
        AuditCode code, string entityType, Guid entityId, Guid? clientId, IEnumerable<(AuditCode, string, Guid, Guid?)>? alsoAudited = null)
    {
        if (!Sheet.Saved)
        {
            db.DosingSessions.Add(Sheet.Record);
        }

        try
        {
            await audit.RecordEachAsync([(code, entityType, entityId, clientId), .. alsoAudited ?? []]);
        }
        catch (DbUpdateException error) when (error is DbUpdateConcurrencyException || error.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            ModelState.Clear();
            ModelState.AddModelError("", ConflictMessage);
            await LoadAsync(Sheet.Session.Id, CaseOperations.ReadClinical, track: false);
            PostedFor = null;
            return Page();
        }

        await prescribers.TellWaitingWarningsAsync(scope.Viewer.PracticeId, Sheet.Session.Id);
        return RedirectToPage(new { id = Sheet.Session.Id });
    }

    private async Task<bool> LoadAsync(Guid id, Microsoft.AspNetCore.Authorization.Infrastructure.OperationAuthorizationRequirement operation, bool track)
    {
        if (await sheets.LoadAsync(scope.Viewer.PracticeId, id, track) is not { } sheet || await scope.AuthorizeAsync(sheet.Session.CaseId, operation) is null)
        {
            return false;
        }

        Sheet = sheet;
        Staff = sheet.Stock.KeepsRegister ? await witnesses.OthersAsync() : [];
        return true;
    }
}

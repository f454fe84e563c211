using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Access;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Settings;

/// <summary>The practice's dosing and series protocol: clinicians read it, prescribers change it, each change a new version with its reason.</summary>
public sealed class ProtocolModel(TandemDbContext db, CurrentViewer viewer, PracticeSettings settings, ClinicalAudit audit) : PageModel
{
    public ProtocolSettings Current { get; private set; } = new();
    public IReadOnlyList<Version> History { get; private set; } = [];
    public bool CanChange => User.IsInRole(Roles.Prescriber);

    [BindProperty]
    public ProtocolInput Input { get; set; } = new();

    public sealed record Version(int Number, DateTime At, string By, string Reason);

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input = ProtocolInput.From(Current, History.Count > 0 ? History[0].Number : 0);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!CanChange)
        {
            return Forbid();
        }

        await LoadAsync();
        var latest = History.Count > 0 ? History[0].Number : 0;
        var refusals = Check(latest);
        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        var version = new PracticeProtocol
        {
            PracticeId = viewer.Value.PracticeId, Number = latest + 1, Settings = Input.ApplyTo(Current),
            ChangedById = viewer.Value.UserId, Reason = Input.Reason!.Trim(),
        };
        db.PracticeProtocols.Add(version);
        try
        {
            await audit.SaveAndRecordAsync(AuditCode.Protocol_Changed, nameof(PracticeProtocol), version.Id, null);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            ModelState.Refuse([("", "Another prescriber saved a change at the same moment. Check the protocol and save again if you still need to.")]);
            await LoadAsync();
            return Page();
        }

        return RedirectToPage();
    }

    /// <summary>The form's own rules, then whether it was based on the latest version; only a form whose fields are well formed is checked.</summary>
    private Refusals Check(int latest)
    {
        var refusals = new Refusals();
        if (!ModelState.IsValid)
        {
            return refusals;
        }

        Input.Check(refusals);
        if (!refusals.Any && Input.BasedOn != latest)
        {
            refusals.Add("", $"{History[0].By} changed the protocol while you were editing. Their version is shown above; check it and save again if you still need to.");
            Input.BasedOn = latest;
        }

        return refusals;
    }

    private async Task LoadAsync()
    {
        var practiceId = viewer.Value.PracticeId;
        Current = await settings.ProtocolAsync(practiceId);
        History = await db.PracticeProtocols.AsNoTracking()
            .Where(p => p.PracticeId == practiceId)
            .OrderByDescending(p => p.Number)
            .Select(p => new Version(p.Number, p.CreatedAt, db.Users.Where(u => u.Id == p.ChangedById).Select(u => u.DisplayName).First(), p.Reason))
            .ToListAsync();
    }
}

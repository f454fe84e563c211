using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Measures;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Authorization.Material;
using Tandem.Web.Pages.Measures;
using Tandem.Web.Infrastructure;
using Tandem.Web.Infrastructure.Email;
using Tandem.Web.Pages.Settings;

namespace Tandem.Web.Pages.Portal.Measures;

/// <summary>
/// A client answers one of their own questionnaires: progress can be saved; submitting needs every item and scores it.
/// It keeps its own transaction because a refused submit still keeps the answers given, so an alarming one is never lost.
/// </summary>
[OwnTransactions]
public sealed class AnswerModel(
    TandemDbContext db, CurrentViewer viewer, QuestionnaireScope questionnaires, PracticeSettings settings, ClinicalAudit audit, Mailer mailer, PortalCases cases, TimeProvider clock)
    : PageModel
{
    /// <summary>The practice's crisis resources, shown after an answer that raised a safety alert.</summary>
    public string? CrisisResources { get; private set; }

    public QuestionnaireResponse Questionnaire { get; private set; } = null!;
    public Dictionary<int, int> Chosen { get; private set; } = [];

    /// <summary>Once this one is submitted: the questionnaires still waiting, so the client goes on to the next.</summary>
    public IReadOnlyList<PortalCases.Due> StillDue { get; private set; } = [];

    /// <summary>Why the questionnaire cannot be answered today, when it is outside its answer window.</summary>
    public string? OutsideWindow { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, bool crisis = false)
    {
        if (!await LoadAsync(id, MaterialOperations<QuestionnaireResponse>.Read))
        {
            return NotFound();
        }

        if (crisis && Instruments.RaisesSafetyAlert(Questionnaire.Instrument, Questionnaire.Answers))
        {
            CrisisResources = (await settings.TextsAsync(Questionnaire.PracticeId)).CrisisResources;
        }

        Chosen = Questionnaire.Answers;
        OutsideWindow = await OutsideWindowAsync();
        if (Questionnaire.IsSubmitted)
        {
            StillDue = await cases.QuestionnairesDueAsync(await db.PracticeTodayAsync(Questionnaire.PracticeId, clock));
        }

        await audit.RecordReadAsync(AuditCode.Questionnaire_Viewed, nameof(QuestionnaireResponse), id, Questionnaire.ClientId);
        return Page();
    }

    /// <param name="version">The version of the answers the page showed: answers saved from another window since are not overwritten.</param>
    public async Task<IActionResult> OnPostAsync(Guid id, bool submit, Guid? version)
    {
        if (!await LoadAsync(id, MaterialOperations<QuestionnaireResponse>.Read))
        {
            return NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync();
        Chosen = ReadAnswers(Questionnaire.Instrument);
        if (Questionnaire.IsSubmitted)
        {
            return await RefuseKeepingTheAlarmAsync("This questionnaire is already submitted.");
        }

        if (!await AllowsAsync(MaterialOperations<QuestionnaireResponse>.Edit))
        {
            return NotFound();
        }

        if ((OutsideWindow = await OutsideWindowAsync()) is { } closed)
        {
            return await RefuseKeepingTheAlarmAsync(closed);
        }

        var missing = submit ? Questionnaire.Instrument.Items.Where(i => !Chosen.ContainsKey(i.Number)).ToList() : [];
        var refusals = new Refusals();
        var kept = Questionnaire.Answers;
        if (!Questionnaire.IsAsShown(version))
        {
            // The answers posted are not saved over newer ones, but an alarming one still raises the alert below.
            ModelState.Clear();
            refusals.AddStale("Your saved answers",
                $"{Questionnaire.Instrument.Items.Count(i => kept.ContainsKey(i.Number))} of {Questionnaire.Instrument.Items.Count} questions are answered as saved now. Your choices are still below: check them and save again");
        }
        else
        {
            refusals.AddRange(missing.Select(item => ($"item{item.Number}", "Choose one answer.")));
            if (submit && missing.Count == 0)
            {
                Questionnaire.Submit(Chosen, clock.GetUtcNow().UtcDateTime);
            }
            else if (Chosen.Count != kept.Count || Chosen.Any(a => !kept.TryGetValue(a.Key, out var v) || v != a.Value))
            {
                Questionnaire.Answers = Chosen;
            }
        }

        if (db.ChangeTracker.HasChanges())
        {
            await audit.SaveAndRecordAsync(AuditCode.Questionnaire_Answered, nameof(QuestionnaireResponse), id, Questionnaire.ClientId);
        }

        var alarming = Instruments.RaisesSafetyAlert(Questionnaire.Instrument, Chosen);
        if (alarming && !await db.SafetyAlerts.AnyAsync(a => a.PracticeId == Questionnaire.PracticeId && a.ResponseId == id))
        {
            await RaiseAlertAsync();
        }

        await transaction.CommitAsync();
        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            CrisisResources = alarming ? (await settings.TextsAsync(Questionnaire.PracticeId)).CrisisResources : null;
            return Page();
        }

        return RedirectToPage(new { id, crisis = alarming });
    }

    /// <summary>
    /// Answers are not kept outside the window (they would be dated to the wrong point of care) nor once the questionnaire
    /// was submitted from another window; but an alarming answer still reached the server, so it still raises the alert
    /// and shows the crisis resources.
    /// </summary>
    private async Task<IActionResult> RefuseKeepingTheAlarmAsync(string why)
    {
        ModelState.Refuse([("", why)]);
        var alarming = Instruments.RaisesSafetyAlert(Questionnaire.Instrument, Chosen);
        if (alarming && !await db.SafetyAlerts.AnyAsync(a => a.PracticeId == Questionnaire.PracticeId && a.ResponseId == Questionnaire.Id))
        {
            await RaiseAlertAsync();
            await db.Database.CommitTransactionAsync();
            CrisisResources = (await settings.TextsAsync(Questionnaire.PracticeId)).CrisisResources;
        }

        return Page();
    }

    private async Task<string?> OutsideWindowAsync()
    {
        var window = await db.AnswerWindowAsync(Questionnaire.PracticeId);
        var today = await db.PracticeTodayAsync(Questionnaire.PracticeId, clock);
        var nextDue = await db.NextDueAsync(Questionnaire);
        return today < window.Opens(Questionnaire.DueOn) ? $"This questionnaire opens on {window.Opens(Questionnaire.DueOn):dddd d MMMM yyyy}. Nothing was saved."
            : today > window.LastDay(Questionnaire.DueOn, nextDue) ? $"This questionnaire closed on {window.LastDay(Questionnaire.DueOn, nextDue):dddd d MMMM yyyy}. Nothing was saved."
            : null;
    }

    private async Task RaiseAlertAsync()
    {
        var safety = new SafetyAlert
        {
            PracticeId = Questionnaire.PracticeId, ClientId = Questionnaire.ClientId, CaseId = Questionnaire.CaseId, ResponseId = Questionnaire.Id,
            RaisedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.SafetyAlerts.Add(safety);
        await audit.SaveAndRecordAsync(AuditCode.SafetyAlert_Raised, nameof(SafetyAlert), safety.Id, Questionnaire.ClientId);
        var leads = await (
                from t in db.CaseTeamMembers
                where t.PracticeId == Questionnaire.PracticeId && t.CaseId == Questionnaire.CaseId
                join u in db.Users on t.StaffId equals u.Id
                select new { u.DisplayName, u.Email })
            .ToListAsync();
        foreach (var lead in leads.Where(l => l.Email is not null))
        {
            mailer.SendAfterCommit(lead.DisplayName, lead.Email!, "A safety alert needs your attention",
                "A client's questionnaire raised a safety alert. Sign in to Tandem to see it and record your follow-up.");
        }
    }

    private Dictionary<int, int> ReadAnswers(Instrument instrument)
    {
        var answers = new Dictionary<int, int>();
        foreach (var item in instrument.AllItems)
        {
            if (int.TryParse(Request.Form[$"item{item.Number}"], out var value) && item.Options.Any(o => o.Value == value))
            {
                answers[item.Number] = value;
            }
        }

        return answers;
    }

    /// <summary>
    /// The questionnaire, tracked, when the viewer may <paramref name="operation"/> it. This page shows the answers
    /// themselves, so it looks only at the client's own: a partner may be shown a score line, never the answers.
    /// </summary>
    private async Task<bool> LoadAsync(Guid id, MaterialRequirement<QuestionnaireResponse> operation)
    {
        var me = viewer.Value.ClientId;
        var response = await db.QuestionnaireResponses.FirstOrDefaultAsync(r => r.Id == id && r.ClientId == me && r.PracticeId == viewer.Value.PracticeId);
        if (response is null)
        {
            return false;
        }

        Questionnaire = response;
        return await AllowsAsync(operation);
    }

    private async Task<bool> AllowsAsync(MaterialRequirement<QuestionnaireResponse> operation)
    {
        var q = Questionnaire;
        var row = new QuestionnaireScope.Row(q.Id, q.PracticeId, q.ClientId, q.CaseId, q.InstrumentCode, q.IsSubmitted);
        return (await questionnaires.AllowedAsync([row], r => r, operation)).Count == 1;
    }
}

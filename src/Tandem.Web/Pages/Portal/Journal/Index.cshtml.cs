using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.Journal;
using Tandem.Core.Sharing;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Authorization.Material;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Portal.Sharing;
using Tandem.Web.Pages.Settings;

namespace Tandem.Web.Pages.Portal.Journal;

/// <summary>The client's journal: their entries, their partner's shared ones, and a new entry with who may read it.</summary>
public sealed class IndexModel(
    TandemDbContext db, CurrentViewer viewer, JournalEntries entries, ShareTargets targets, PracticeSettings settings,
    ClinicalAudit audit, TimeProvider clock) : PageModel
{
    public IReadOnlyList<JournalEntries.Entry> Entries { get; private set; } = [];
    public IReadOnlyDictionary<Guid, SharedWith> Mine { get; private set; } = new Dictionary<Guid, SharedWith>();
    public JournalEntries.Choices Choices { get; private set; } = null!;
    public Guid Me => viewer.Value.ClientId!.Value;
    public ShareChoiceView ShareChoice => new("Input", Input.Visibility, Input.CaseId, Choices.Open);
    public string CrisisResources { get; private set; } = "";

    [BindProperty]
    public EntryInput Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input.Visibility = Visibility.OnlyMe;
        await audit.RecordReadAsync(AuditCode.Portal_CaseViewed, nameof(JournalEntry), Me, Me);
        await audit.RecordPartnerReadsAsync(nameof(JournalEntry), Entries.Select(e => (e.Id, e.AuthorId)));
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        var refusals = JournalChecks.Check(Input, Choices);
        var choice = Sharing.ShareChoice.Check(refusals, "Input", Input.Visibility, Input.CaseId, Choices.Open);
        if (ModelState.Refuse(refusals) || !ModelState.IsValid || choice is null)
        {
            return Page();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var entry = new JournalEntry
        {
            PracticeId = viewer.Value.PracticeId, AuthorClientId = Me, Title = Input.Title?.Trim(), Body = Input.Body!.Trim(),
            WrittenAt = now, IntentionId = Input.IntentionId, SeriesSessionId = Input.SeriesSessionId,
        };
        db.JournalEntries.Add(entry);
        if (choice.ShareOf(MaterialKind.JournalEntry, entry.Id, Me, entry.PracticeId, now) is { } share)
        {
            db.Shares.Add(share);
        }

        await audit.SaveAndRecordAsync(AuditCode.JournalEntry_Written, nameof(JournalEntry), entry.Id, Me);
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Entries = await entries.ForClientAsync(Me);
        Choices = await entries.ChoicesAsync(Me);
        Mine = await targets.SharedWithAsync(MaterialKind.JournalEntry, [.. Entries.Where(e => e.AuthorId == Me).Select(e => e.Id)]);
        CrisisResources = (await settings.TextsAsync(viewer.Value.PracticeId)).CrisisResources;
    }
}

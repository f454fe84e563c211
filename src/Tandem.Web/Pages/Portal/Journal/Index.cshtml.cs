using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Journal;
using Tandem.Core.Preparation;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Portal.Sessions;
using Tandem.Web.Pages.Preparation;

namespace Tandem.Web.Pages.Portal.Journal;

/// <summary>The client's journal: their entries, their partner's shared ones, and a new entry with its visibility.</summary>
public sealed class IndexModel(TandemDbContext db, CurrentViewer viewer, JournalEntries entries, PreparationMaterial material, MySessions sessions, ClinicalAudit audit, TimeProvider clock)
    : PageModel
{
    public IReadOnlyList<JournalEntries.Entry> Entries { get; private set; } = [];
    public bool HasPartner { get; private set; }
    public IReadOnlyList<(Guid Id, string Text)> Intentions { get; private set; } = [];
    public IReadOnlyList<MySessions.Item> Sessions { get; private set; } = [];
    public Guid Me => viewer.Value.ClientId!.Value;

    [BindProperty]
    public EntryInput Input { get; set; } = new();

    public async Task OnGetAsync()
    {
        await LoadAsync();
        Input.Visibility = Visibility.OnlyMe;
        await audit.RecordAsync(AuditCode.Portal_CaseViewed, nameof(JournalEntry), Me, Me);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        await LoadAsync();
        JournalChecks.Check(ModelState, Input, HasPartner, Intentions, Sessions);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var entry = new JournalEntry
        {
            PracticeId = viewer.Value.PracticeId, AuthorClientId = Me, Title = Input.Title?.Trim(), Body = Input.Body!.Trim(),
            Visibility = Input.Visibility!.Value, WrittenAt = clock.GetUtcNow().UtcDateTime, IntentionId = Input.IntentionId, SeriesSessionId = Input.SeriesSessionId,
        };
        db.JournalEntries.Add(entry);
        await audit.RecordAsync(AuditCode.JournalEntry_Written, nameof(JournalEntry), entry.Id, Me);
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        Entries = await entries.ForClientAsync(Me);
        HasPartner = (await material.PartnersOfAsync(Me)).Count > 0;
        var intentions = await db.Intentions.AsNoTracking().Where(i => i.AuthorClientId == Me).OrderBy(i => i.CreatedAt).Select(i => new { i.Id, i.Text }).ToListAsync();
        Intentions = [.. intentions.Select(i => (i.Id, i.Text))];
        Sessions = [.. (await sessions.ListAsync()).Where(s => s.IsWrittenUp)];
    }
}

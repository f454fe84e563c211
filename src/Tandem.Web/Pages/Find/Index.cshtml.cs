using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Data;
using Tandem.Web.Authorization;

namespace Tandem.Web.Pages.Find;

/// <summary>
/// Find a client by name or email, from every staff page: each case they are in (or booked a free call for), open cases
/// first, shown as the case access rule allows — the team sees the email too, an off-team clinician name and stage,
/// an admin the name and the way to the client's access report.
/// </summary>
public sealed class IndexModel(TandemDbContext db, CaseScope scope) : PageModel
{
    public const int Shown = 50;

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<Found> Results { get; private set; } = [];
    public bool More { get; private set; }
    public bool Searched { get; private set; }

    public sealed record Person(Guid? ClientId, string Name, string? Email);

    /// <param name="Stage">Null for a viewer the rule shows no stage (an admin).</param>
    /// <param name="Link">The case page, for a viewer who may open it.</param>
    public sealed record Found(Guid CaseId, string CaseName, CaseKind Kind, string? Stage, bool IsOpen, IReadOnlyList<Person> People, string? Link);

    public async Task OnGetAsync()
    {
        var words = SearchText.Words(Q ?? "");
        if (words.Count == 0)
        {
            return;
        }

        Searched = true;
        var practice = scope.Viewer.PracticeId;
        var clients = db.Clients.Where(c => c.PracticeId == practice).Matching(words);
        var prospects = db.Prospects.Where(p => p.PracticeId == practice).Matching(words);

        var cases = await scope.Cases.AsNoTracking()
            .Where(c => c.Participants.Any(p => clients.Any(m => m.Id == p.ClientId))
                || db.ConsultationBookings.Any(b => b.PracticeId == practice && b.CaseId == c.Id && prospects.Any(m => m.Id == b.ProspectId)))
            .OrderBy(c => c.Stage == CaseStage.Closed || c.Stage == CaseStage.Withdrawn ? 1 : 0).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Take(Shown + 1)
            .Select(c => new { c.Id, c.Name, c.Kind })
            .ToListAsync();
        More = cases.Count > Shown;
        var ids = cases.Take(Shown).Select(c => c.Id).ToList();

        var found = await db.CaseParticipants.AsNoTracking()
            .Where(p => p.PracticeId == practice && ids.Contains(p.CaseId) && clients.Any(m => m.Id == p.ClientId))
            .Select(p => new { p.CaseId, p.ClientId, p.Client!.FirstName, p.Client.LastName, p.Client.Email })
            .ToListAsync();
        var booked = await db.ConsultationBookings.AsNoTracking()
            .Where(b => b.PracticeId == practice && ids.Contains(b.CaseId) && prospects.Any(m => m.Id == b.ProspectId))
            .Select(b => new { b.CaseId, b.Prospect!.FirstName, b.Prospect.LastName, b.Prospect.Email })
            .ToListAsync();

        var results = new List<Found>();
        foreach (var facts in await scope.FactsAmongAsync(ids))
        {
            var team = await scope.AllowsAsync(facts, CaseOperations.ReadClinical);
            var directory = await scope.AllowsAsync(facts, CaseOperations.ReadDirectory);
            if (!directory && !await scope.AllowsAsync(facts, CaseOperations.ReadSchedule))
            {
                continue;
            }

            List<Person> people = [
                .. found.Where(f => f.CaseId == facts.CaseId).Select(f => new Person(f.ClientId, $"{f.FirstName} {f.LastName}", team ? f.Email : null)),
                .. booked.Where(b => b.CaseId == facts.CaseId && found.All(f => f.CaseId != b.CaseId))
                    .Select(b => new Person(null, $"{b.FirstName} {b.LastName}", team ? b.Email : null)),
            ];
            var @case = cases.Single(c => c.Id == facts.CaseId);
            results.Add(new Found(
                facts.CaseId, @case.Name, @case.Kind, directory ? StageNames.Of(facts.Stage) : null, facts.IsOpen, people,
                directory ? $"/Cases/{facts.CaseId}" : null));
        }

        Results = [.. results.OrderBy(r => r.IsOpen ? 0 : 1).ThenBy(r => r.CaseName, StringComparer.Ordinal)];
    }
}

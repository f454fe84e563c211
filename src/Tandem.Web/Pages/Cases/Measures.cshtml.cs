using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Measures;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Measures;

namespace Tandem.Web.Pages.Cases;

/// <summary>The case team's view of each participant's scores: charts with bands and dosing days, and change from baseline.</summary>
public sealed class MeasuresModel(TandemDbContext db, CaseScope scope, ScoreHistory history, ClinicalAudit audit) : PageModel
{
    public Guid CaseId { get; private set; }
    public string CaseName { get; private set; } = "";
    public IReadOnlyList<Person> People { get; private set; } = [];

    /// <summary>Both partners' couple satisfaction on one chart; null for an individual case.</summary>
    public ScoreChart? Couple { get; private set; }

    public sealed record Person(Guid ClientId, string Name, IReadOnlyList<(ScoreChart Chart, ScoreHistory.Change? Change)> Charts);

    public async Task<IActionResult> OnGetAsync(Guid caseId)
    {
        if (await scope.AuthorizeAsync(caseId, CaseOperations.ReadClinical) is null)
        {
            return NotFound();
        }

        var header = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.Name, c.Kind }).FirstAsync();
        (CaseId, CaseName) = (caseId, header.Name);
        var participants = await db.CaseParticipants.AsNoTracking().Where(p => p.CaseId == caseId)
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.ClientId)
            .Select(p => new { p.ClientId, p.Client!.FirstName, p.Client.LastName })
            .ToListAsync();
        var ids = participants.Select(p => p.ClientId).ToList();
        var zone = await db.PracticeZoneAsync(scope.Viewer.PracticeId);
        var scores = await history.ScoresAsync(ids, zone);
        var dosing = await history.DosingDaysAsync(ids, zone);

        People = [.. participants.Select(p =>
        {
            var charts = new[] { Instruments.Phq9, Instruments.Gad7 }.Select(instrument =>
            {
                var mine = scores.Where(s => s.ClientId == p.ClientId && s.InstrumentCode == instrument.Code).ToList();
                return (new ScoreChart(instrument, [ScoreHistory.Line(p.FirstName, mine)], dosing[p.ClientId]), ScoreHistory.ChangeOf(instrument, mine));
            });
            return new Person(p.ClientId, $"{p.FirstName} {p.LastName}", [.. charts]);
        })];
        if (header.Kind == CaseKind.Couple)
        {
            Couple = new ScoreChart(
                Instruments.Csi4,
                [.. participants.Select(p => ScoreHistory.Line(p.FirstName, scores.Where(s => s.ClientId == p.ClientId && s.InstrumentCode == Instruments.Csi4.Code)))],
                [.. dosing.Values.SelectMany(d => d)]);
        }

        foreach (var id in ids)
        {
            await audit.RecordAsync(AuditCode.Questionnaire_Viewed, nameof(QuestionnaireResponse), id, id);
        }

        return Page();
    }
}

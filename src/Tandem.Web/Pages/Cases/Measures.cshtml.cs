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
public sealed class MeasuresModel(
    TandemDbContext db, CaseScope scope, ScoreHistory history, PracticeInstruments practiceInstruments, ClinicalAudit audit, TimeProvider clock)
    : PageModel
{
    public Guid CaseId { get; private set; }
    public string CaseName { get; private set; } = "";
    public IReadOnlyList<Person> People { get; private set; } = [];

    /// <summary>Both partners' couple satisfaction on one chart; null for an individual case.</summary>
    public ScoreChart? Couple { get; private set; }

    /// <summary>A participant's own charts, and for a couple their change in couple satisfaction (charted with their partner's).</summary>
    public sealed record Person(
        Guid ClientId, string Name, IReadOnlyList<(ScoreChart Chart, ScoreHistory.Change? Change)> Charts, (Instrument Instrument, ScoreHistory.Change? Change)? Couple);

    public async Task<IActionResult> OnGetAsync(Guid caseId)
    {
        if (await scope.AuthorizeAsync(caseId, CaseOperations.ReadClinical) is null)
        {
            return NotFound();
        }

        var header = await db.Cases.AsNoTracking().Where(c => c.PracticeId == scope.Viewer.PracticeId && c.Id == caseId).Select(c => new { c.Name, c.Kind }).FirstAsync();
        (CaseId, CaseName) = (caseId, header.Name);
        var participants = await db.CaseParticipants.AsNoTracking().Where(p => p.PracticeId == scope.Viewer.PracticeId && p.CaseId == caseId)
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.ClientId)
            .Select(p => new { p.ClientId, p.Client!.FirstName, p.Client.LastName })
            .ToListAsync();
        var ids = participants.Select(p => p.ClientId).ToList();
        var zone = await db.PracticeZoneAsync(scope.Viewer.PracticeId);
        var today = await db.PracticeTodayAsync(scope.Viewer.PracticeId, clock);
        var scores = await history.InCaseAsync(caseId, zone);
        var dosing = await history.DosingDaysAsync(ids, zone, caseId);
        var instruments = await practiceInstruments.AllAsync(scope.Viewer.PracticeId);
        var csi4 = instruments.Single(i => i.Code == Instruments.Csi4.Code);
        var couple = header.Kind == CaseKind.Couple;
        List<ScoreHistory.Score> Scores(Guid clientId, Instrument instrument) =>
            [.. scores.Where(s => s.ClientId == clientId && s.InstrumentCode == instrument.Code)];

        People = [.. participants.Select(p =>
        {
            var charts = instruments.Where(i => i != csi4).Select(instrument =>
            {
                var mine = Scores(p.ClientId, instrument);
                return (new ScoreChart(instrument, [ScoreHistory.Line(p.FirstName, mine)], dosing[p.ClientId], today), ScoreHistory.ChangeOf(instrument, mine));
            });
            return new Person(p.ClientId, $"{p.FirstName} {p.LastName}", [.. charts], couple ? (csi4, ScoreHistory.ChangeOf(csi4, Scores(p.ClientId, csi4))) : null);
        })];
        if (couple)
        {
            Couple = new ScoreChart(
                csi4, [.. participants.Select(p => ScoreHistory.Line(p.FirstName, Scores(p.ClientId, csi4)))], [.. dosing.Values.SelectMany(d => d)], today);
        }

        await audit.RecordReadsAsync(AuditCode.Questionnaire_Viewed, ids.Select(id => (nameof(QuestionnaireResponse), id, (Guid?)id)));

        return Page();
    }
}

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

namespace Tandem.Web.Pages.Portal.Measures;

/// <summary>
/// My own scores over time. In a couple, my partner's satisfaction line joins mine only if they chose to show it to me;
/// I choose the same for mine here.
/// </summary>
public sealed class IndexModel(
    TandemDbContext db, CurrentViewer viewer, PortalCases cases, ScoreHistory history, PracticeInstruments practiceInstruments, ClinicalAudit audit)
    : PageModel
{
    public IReadOnlyList<(ScoreChart Chart, ScoreHistory.Change? Change)> Charts { get; private set; } = [];
    public string? PartnerName { get; private set; }
    public bool IShowMine { get; private set; }
    public bool PartnerShowsTheirs { get; private set; }

    private Guid Me => viewer.Value.ClientId!.Value;

    public async Task OnGetAsync()
    {
        var couple = await CoupleAsync();
        var zone = await db.PracticeZoneAsync(viewer.Value.PracticeId);
        var partnerShown = couple?.Partner.ShowsCoupleScoresToPartner == true ? couple.Partner.ClientId : (Guid?)null;
        var scores = await history.ScoresAsync(partnerShown is { } p ? [Me, p] : [Me], zone);
        var dosing = (await history.DosingDaysAsync([Me], zone))[Me];
        var mine = scores.Where(s => s.ClientId == Me).ToList();
        var instruments = (await practiceInstruments.AllAsync(viewer.Value.PracticeId)).Where(i => couple is not null || i.Code != Instruments.Csi4.Code);
        Charts = [.. instruments.Select(instrument =>
        {
            var own = mine.Where(s => s.InstrumentCode == instrument.Code).ToList();
            List<ScoreLine> lines = [ScoreHistory.Line("Me", own)];
            if (instrument.Code == Instruments.Csi4.Code && partnerShown is { } partner)
            {
                lines.Add(ScoreHistory.Line(couple!.PartnerName, scores.Where(s => s.ClientId == partner && s.InstrumentCode == instrument.Code)));
            }

            return (new ScoreChart(instrument, lines, dosing), ScoreHistory.ChangeOf(instrument, own));
        })];
        (PartnerName, IShowMine, PartnerShowsTheirs) = (couple?.PartnerName, couple?.Mine.ShowsCoupleScoresToPartner ?? false, partnerShown is not null);
        await audit.RecordAsync(AuditCode.Questionnaire_Viewed, nameof(QuestionnaireResponse), Me, Me);
    }

    public async Task<IActionResult> OnPostShareAsync(bool show)
    {
        if (await CoupleAsync(track: true) is not { } couple)
        {
            return NotFound();
        }

        couple.Mine.ShowsCoupleScoresToPartner = show;
        await audit.RecordAsync(AuditCode.ScoreSharing_Changed, nameof(CaseParticipant), couple.Mine.Id, Me);
        return RedirectToPage();
    }

    private sealed record Couple(CaseParticipant Mine, CaseParticipant Partner, string PartnerName);

    /// <summary>My open couple case's two participations, mine and my partner's.</summary>
    private async Task<Couple?> CoupleAsync(bool track = false)
    {
        if (await cases.OpenCoupleAsync(Me) is not { } couple)
        {
            return null;
        }

        var participants = track ? db.CaseParticipants : db.CaseParticipants.AsNoTracking();
        var both = await participants.Where(p => p.CaseId == couple.CaseId).ToListAsync();
        return new Couple(both.Single(p => p.ClientId == Me), both.Single(p => p.ClientId == couple.PartnerId), couple.PartnerName);
    }
}

using Tandem.Core.Cases;
using Tandem.Core.Measures;
using Tandem.Data;

namespace Tandem.Web.Pages.Measures;

/// <summary>The practice's measurement plan. So far: the intake baseline (PHQ-9 and GAD-7; CSI-4 for each partner of a couple).</summary>
public sealed class MeasurementPlan(TandemDbContext db)
{
    public const string Baseline = "Baseline";

    public void AssignBaseline(Guid practiceId, Guid caseId, Guid clientId, CaseKind kind, DateOnly today)
    {
        var instruments = kind == CaseKind.Couple ? Instruments.All : [Instruments.Phq9, Instruments.Gad7];
        foreach (var instrument in instruments)
        {
            db.QuestionnaireResponses.Add(new QuestionnaireResponse
            {
                PracticeId = practiceId, ClientId = clientId, CaseId = caseId, InstrumentCode = instrument.Code,
                InstrumentVersion = instrument.Version, Timepoint = Baseline, DueOn = today,
            });
        }
    }
}

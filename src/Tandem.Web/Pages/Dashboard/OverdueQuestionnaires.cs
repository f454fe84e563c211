using Tandem.Core.Cases;
using Tandem.Core.Measures;
using Tandem.Data;
using Tandem.Web.Authorization;

namespace Tandem.Web.Pages.Dashboard;

/// <summary>
/// Questionnaires unanswered past their due date on open cases the viewer is on the team of; a closed or withdrawn
/// case's unanswered questionnaires wait on nobody.
/// </summary>
public sealed class OverdueQuestionnaires(TandemDbContext db)
{
    public sealed record Overdue(Guid CaseId, string Client, string Instrument, Timepoint Timepoint, DateOnly DueOn);

    public IQueryable<Overdue> Of(Guid practiceId, Guid staffId, DateOnly today)
    {
        var lateBefore = today.AddDays(-MeasurementSchedule.OverdueAfterDays);
        return from r in db.QuestionnaireResponses
               where r.PracticeId == practiceId && r.SubmittedAt == null && r.DueOn < lateBefore
               join k in db.Cases on new { r.PracticeId, Id = r.CaseId } equals new { k.PracticeId, k.Id }
               where k.PracticeId == practiceId && k.Stage != CaseStage.Closed && k.Stage != CaseStage.Withdrawn
                   && db.CasesOnTeamOf(practiceId, staffId).Contains(k.Id)
               join c in db.Clients on new { r.PracticeId, Id = r.ClientId } equals new { c.PracticeId, c.Id }
               orderby r.DueOn, c.LastName, c.FirstName, r.Id
               select new Overdue(r.CaseId, c.FirstName + " " + c.LastName, r.InstrumentCode, r.Timepoint, r.DueOn);
    }
}

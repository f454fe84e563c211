using Tandem.Core.Cases;
using Tandem.Core.Measures;
using Tandem.Core.RippleMap;
using Tandem.Data;
using Tandem.Web.Authorization;

namespace Tandem.Web.Pages.Dashboard;

/// <summary>
/// Maps not drawn past their due date on open cases the viewer is on the team of, late by the questionnaires' rule. Only
/// when a map was due: what is on a client's map is theirs to share.
/// </summary>
public sealed class OverdueMaps(TandemDbContext db)
{
    public sealed record Overdue(Guid CaseId, string Client, MapTimepoint Timepoint, DateOnly DueOn);

    public IQueryable<Overdue> Of(Guid practiceId, Guid staffId, DateOnly today)
    {
        var lateBefore = today.AddDays(-MeasurementSchedule.OverdueAfterDays);
        return from m in db.ScheduledMaps
               where m.PracticeId == practiceId && m.SnapshotId == null && m.DueOn < lateBefore
               join k in db.Cases on new { m.PracticeId, Id = m.CaseId } equals new { k.PracticeId, k.Id }
               where k.PracticeId == practiceId && k.Stage != CaseStage.Closed && k.Stage != CaseStage.Withdrawn
                   && db.CasesOnTeamOf(practiceId, staffId).Contains(k.Id)
               join c in db.Clients on new { m.PracticeId, Id = m.ClientId } equals new { c.PracticeId, c.Id }
               orderby m.DueOn, c.LastName, c.FirstName, m.Id
               select new Overdue(m.CaseId, c.FirstName + " " + c.LastName, m.Timepoint, m.DueOn);
    }
}

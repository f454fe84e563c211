using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Measures;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Pages.Measures;

namespace Tandem.Web.Pages.Portal;

/// <summary>A client's own view of their cases: stage, clinicians and fellow participant, never clinical notes.</summary>
public sealed class PortalCases(TandemDbContext db, CaseScope scope)
{
    /// <summary>A client's open couple case and their partner in it.</summary>
    public sealed record Couple(Guid CaseId, Guid PartnerId, string PartnerName);

    public sealed record Summary(Guid Id, CaseKind Kind, CaseStage Stage, IReadOnlyList<string> Clinicians, IReadOnlyList<string> OtherParticipants);

    public async Task<List<Summary>> MineAsync(Guid? onlyCaseId = null)
    {
        var cases = scope.Cases.AsNoTracking();
        if (onlyCaseId is { } id)
        {
            cases = cases.Where(c => c.Id == id);
        }

        var rows = await cases
            .OrderByDescending(c => c.CreatedAt)
            .Select(c => new { c.Id, c.Kind, c.Stage })
            .ToListAsync();
        var ids = rows.Select(r => r.Id).ToList();
        var clinicians = await db.CaseTeamMembers.AsNoTracking()
            .Where(t => t.PracticeId == scope.Viewer.PracticeId && ids.Contains(t.CaseId))
            .Join(db.Users, t => t.StaffId, u => u.Id, (t, u) => new { t.CaseId, u.DisplayName })
            .ToListAsync();
        var partners = await OthersInAsync(ids);

        return rows.Select(r => new Summary(
                r.Id,
                r.Kind,
                r.Stage,
                [.. clinicians.Where(c => c.CaseId == r.Id).Select(c => c.DisplayName)],
                [.. partners[r.Id].Select(p => p.FirstName)]))
            .ToList();
    }

    public sealed record Due(Guid Id, string Instrument, Timepoint Timepoint, DateOnly DueOn);

    /// <summary>Questionnaires open to answer on <paramref name="today"/>: unanswered and inside the practice's answer window.</summary>
    public async Task<List<Due>> QuestionnairesDueAsync(DateOnly today)
    {
        var window = await db.AnswerWindowAsync(scope.Viewer.PracticeId);
        var opensBy = today.AddDays(window.OpensDaysBefore);
        var candidates = await db.QuestionnaireResponses.AsNoTracking()
            .Where(r => r.PracticeId == scope.Viewer.PracticeId && r.ClientId == scope.Viewer.ClientId && r.SubmittedAt == null && r.DueOn <= opensBy && r.DueOn >= today.AddDays(-window.ClosesDaysAfter))
            .OrderBy(r => r.DueOn)
            .Select(r => new
            {
                Due = new Due(r.Id, r.InstrumentCode, r.Timepoint, r.DueOn),
                NextDue = db.QuestionnaireResponses
                    .Where(n => n.PracticeId == scope.Viewer.PracticeId && n.ClientId == r.ClientId && n.CaseId == r.CaseId && n.InstrumentCode == r.InstrumentCode && n.DueOn > r.DueOn)
                    .OrderBy(n => n.DueOn).Select(n => (DateOnly?)n.DueOn).FirstOrDefault(),
            })
            .ToListAsync();
        return [.. candidates.Where(c => window.IsOpen(today, c.Due.DueOn, c.NextDue)).Select(c => c.Due)];
    }

    /// <summary>The client's open couple cases, newest first, each with their partner in it.</summary>
    public async Task<List<Couple>> OpenCouplesAsync()
    {
        var couples = await scope.Cases.AsNoTracking()
            .Where(c => c.Kind == CaseKind.Couple)
            .OrderByDescending(c => c.CreatedAt)
            .Select(c => new { c.Id, c.Stage })
            .ToListAsync();
        var open = couples.Where(c => CaseJourney.IsOpen(c.Stage)).Select(c => c.Id).ToList();
        var partners = await OthersInAsync(open);
        return [.. open.Where(id => partners[id].Any()).Select(id => partners[id].First()).Select(p => new Couple(p.CaseId, p.ClientId, p.FirstName))];
    }

    public sealed record Participant(Guid CaseId, Guid ClientId, string FirstName);

    /// <summary>The other participants of each of <paramref name="caseIds"/>, the signed-in client's cases, read by case id.</summary>
    public async Task<ILookup<Guid, Participant>> OthersInAsync(IReadOnlyCollection<Guid> caseIds)
    {
        var me = scope.Viewer.ClientId;
        return (await db.CaseParticipants.AsNoTracking()
                .Where(p => p.PracticeId == scope.Viewer.PracticeId && caseIds.Contains(p.CaseId) && p.ClientId != me)
                .OrderBy(p => p.ClientId)
                .Select(p => new Participant(p.CaseId, p.ClientId, p.Client!.FirstName))
                .ToListAsync())
            .ToLookup(p => p.CaseId);
    }

    public static string WhatsNext(CaseStage stage) => stage switch
    {
        CaseStage.Inquiry or CaseStage.ConsultationBooked => "Your free consultation call.",
        CaseStage.ConsultationHeld => "Your clinician will be in touch about next steps.",
        CaseStage.Intake => "Filling in your intake forms and signing consent.",
        CaseStage.MedicalReview => "A prescriber is reviewing your intake.",
        CaseStage.Preparation => "Writing your intentions and planning your sessions.",
        CaseStage.DosingSeries => "Your next session, and your practices in between.",
        CaseStage.Completed or CaseStage.FollowUp => "Your follow-up check-ins.",
        CaseStage.Paused => "Care is paused; your clinician will pick it up with you.",
        _ => "This part of your care has ended.",
    };
}

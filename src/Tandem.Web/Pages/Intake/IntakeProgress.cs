using Microsoft.EntityFrameworkCore;
using Tandem.Core;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Intake;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Intake;

/// <summary>
/// Where each participant stands between intake and preparation, read for many cases in a fixed number of queries,
/// and the automatic stage moves that follow from it.
/// </summary>
public sealed class IntakeProgress(TandemDbContext db, AuditLog audit, TimeProvider clock)
{
    public async Task<Dictionary<Guid, List<ParticipantReadiness>>> ReadinessAsync(Guid practiceId, IReadOnlyCollection<Guid> caseIds)
    {
        var people = await db.CaseParticipants.AsNoTracking()
            .Where(p => p.PracticeId == practiceId && caseIds.Contains(p.CaseId))
            .Select(p => new { p.CaseId, p.ClientId, p.Client!.FirstName, Kind = db.Cases.Where(c => c.PracticeId == p.PracticeId && c.Id == p.CaseId).Select(c => c.Kind).First() })
            .ToListAsync();
        var clientIds = people.Select(p => p.ClientId).Distinct().ToList();
        var forms = await db.IntakeForms.AsNoTracking()
            .Where(f => f.PracticeId == practiceId && caseIds.Contains(f.CaseId))
            .Select(f => new { f.CaseId, f.ClientId, f.SubmittedVersion })
            .ToListAsync();
        var reviews = await db.PrescriberReviews.AsNoTracking()
            .Where(r => r.PracticeId == practiceId && caseIds.Contains(r.CaseId))
            .Select(r => new { r.CaseId, r.ClientId, r.Decision, r.ReviewedVersion, r.ClearedUntil, r.Reason })
            .ToListAsync();
        var current = await CurrentConsentIdsAsync(practiceId);
        var signed = await db.ConsentSignatures.AsNoTracking()
            .Where(s => s.PracticeId == practiceId && clientIds.Contains(s.ClientId) && current.Values.Contains(s.ConsentDocumentId))
            .Select(s => new { s.ClientId, s.ConsentDocumentId })
            .ToListAsync();

        var formOf = forms.DistinctBy(f => (f.CaseId, f.ClientId)).ToDictionary(f => (f.CaseId, f.ClientId));
        var reviewOf = reviews.DistinctBy(r => (r.CaseId, r.ClientId)).ToDictionary(r => (r.CaseId, r.ClientId));
        var signedBy = signed.Select(s => (s.ClientId, s.ConsentDocumentId)).ToHashSet();
        return people.GroupBy(p => p.CaseId).ToDictionary(g => g.Key, g => g.Select(p =>
        {
            var form = formOf.GetValueOrDefault((p.CaseId, p.ClientId));
            var review = reviewOf.GetValueOrDefault((p.CaseId, p.ClientId));
            var consentId = current.GetValueOrDefault(p.Kind);
            return new ParticipantReadiness(
                p.ClientId,
                p.FirstName,
                form?.SubmittedVersion ?? 0,
                signedBy.Contains((p.ClientId, consentId)),
                review?.Decision ?? ReviewDecision.Pending,
                review?.ReviewedVersion ?? 0,
                review?.ClearedUntil,
                review?.Reason);
        }).OrderBy(p => p.FirstName, StringComparer.CurrentCulture).ToList());
    }

    /// <summary>The newest consent version of each kind (individual, couple) in the practice.</summary>
    public async Task<Dictionary<CaseKind, Guid>> CurrentConsentIdsAsync(Guid practiceId)
    {
        var versions = await db.ConsentDocuments.AsNoTracking()
            .Where(d => d.PracticeId == practiceId)
            .Select(d => new { d.Id, d.Kind, d.Number })
            .ToListAsync();
        return versions.GroupBy(v => v.Kind).ToDictionary(g => g.Key, g => g.MaxBy(v => v.Number)!.Id);
    }

    /// <summary>Makes whatever automatic moves the participants' progress now allows, each recorded and audited.</summary>
    public async Task AdvanceAsync(Guid practiceId, Guid caseId)
    {
        var @case = await db.Cases.FirstAsync(c => c.Id == caseId && c.PracticeId == practiceId);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = now.DayIn(await db.PracticeZoneAsync(practiceId));
        for (var step = 0; step < 3; step++)
        {
            var readiness = (await ReadinessAsync(practiceId, [caseId])).GetValueOrDefault(caseId) ?? [];
            if (CaseReadiness.AutomaticMove(@case.Stage, readiness, today) is not { } move)
            {
                return;
            }

            db.CaseStageChanges.Add(@case.MoveAutomatically(move.To, move.Reason, now));
            await audit.SaveWithAsync(new AuditEntry(AuditCode.Case_StageMoved, practiceId, null, null, nameof(Case), caseId.ToString()));
        }
    }
}

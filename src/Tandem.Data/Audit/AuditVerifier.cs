using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;

namespace Tandem.Data.Audit;

public sealed record PracticeAuditVerification(Guid PracticeId, string PracticeSlug, AuditVerification Result);

/// <summary>
/// Walks each practice's chain from the first link and reports the first broken one: every practice with a row in
/// Practices, with audit entries or with a recorded head, since a practice removed behind the app's back keeps its log.
/// </summary>
public sealed class AuditVerifier(TandemDbContext db, AuditKeyring keyring, AuditHeadStore heads)
{
    public async Task<IReadOnlyList<PracticeAuditVerification>> VerifyAllAsync(CancellationToken cancellationToken = default)
    {
        var slugs = await db.Practices.AsNoTracking().ToDictionaryAsync(p => p.Id, p => p.Slug, cancellationToken);
        var logged = await db.AuditEvents.AsNoTracking()
            .AcrossPracticesBecause("verifying every chain includes one whose practice is no longer in Practices")
            .Select(e => e.PracticeId).Distinct().ToListAsync(cancellationToken);
        var results = new List<PracticeAuditVerification>();
        foreach (var id in slugs.Keys.Union(logged).Union(heads.Practices()))
        {
            var name = slugs.TryGetValue(id, out var slug) ? slug : $"practice {id:N} (not in Practices)";
            results.Add(new(id, name, await VerifyAsync(id, cancellationToken)));
        }

        return results.OrderBy(r => !slugs.ContainsKey(r.PracticeId)).ThenBy(r => r.PracticeSlug, StringComparer.Ordinal).ToList();
    }

    /// <summary>Streams the chain in order, so a long log is checked without holding it in memory.</summary>
    public Task<AuditVerification> VerifyAsync(Guid practiceId, CancellationToken cancellationToken = default)
    {
        if (!keyring.TryGetChain(out var chain, out var keyProblem))
        {
            return Task.FromResult(new AuditVerification(false, 0, null, keyProblem));
        }

        // Heads are read before the entries, so none can be newer than the log as read; announcements are read after,
        // and again on a miss, so an entry committed while the log is read is announced by the time it is looked up.
        var headFile = heads.ReadHead(practiceId);
        var historyHead = heads.ReadHistory(practiceId, long.MaxValue).Head;
        var after = Math.Min(headFile.Head?.Sequence ?? 0, historyHead?.Sequence ?? 0);
        IReadOnlySet<AuditHead>? announced = null;
        bool Announced(AuditHead link)
        {
            if (announced?.Contains(link) == true)
            {
                return true;
            }

            announced = heads.ReadHistory(practiceId, after).Announced;
            return announced.Contains(link);
        }

        var entries = db.AuditEvents.AsNoTracking()
            .Where(e => e.PracticeId == practiceId)
            .OrderBy(e => e.Sequence)
            .AsEnumerable();
        return Task.FromResult(chain.Verify(entries, new AuditHeadRecord(headFile.Head, historyHead, Announced) { HeadProblem = headFile.Problem }));
    }
}

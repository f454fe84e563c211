using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;

namespace Tandem.Data.Audit;

public sealed record PracticeAuditVerification(Guid PracticeId, string PracticeSlug, AuditVerification Result);

/// <summary>Walks each practice's chain from the first link and reports the first broken one.</summary>
public sealed class AuditVerifier(TandemDbContext db, AuditKeyring keyring, AuditHeadStore heads)
{
    public async Task<IReadOnlyList<PracticeAuditVerification>> VerifyAllAsync(CancellationToken cancellationToken = default)
    {
        var practices = await db.Practices.AsNoTracking().OrderBy(p => p.Slug).Select(p => new { p.Id, p.Slug }).ToListAsync(cancellationToken);
        var results = new List<PracticeAuditVerification>();
        foreach (var practice in practices)
        {
            results.Add(new(practice.Id, practice.Slug, await VerifyAsync(practice.Id, cancellationToken)));
        }

        return results;
    }

    /// <summary>Streams the chain in order, so a long log is checked without holding it in memory.</summary>
    public Task<AuditVerification> VerifyAsync(Guid practiceId, CancellationToken cancellationToken = default)
    {
        var entries = db.AuditEvents.AsNoTracking()
            .Where(e => e.PracticeId == practiceId)
            .OrderBy(e => e.Sequence)
            .AsEnumerable();
        return Task.FromResult(keyring.Chain.Verify(entries, heads.Read(practiceId)));
    }
}

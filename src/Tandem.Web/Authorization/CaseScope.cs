using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Cases;
using Tandem.Data;

namespace Tandem.Web.Authorization;

/// <summary>
/// Every page reaches a case through here: a query already narrowed to the viewer's practice (and, for a client,
/// to their own cases), then the resource check. Anything not allowed is simply not found.
/// </summary>
public sealed class CaseScope(TandemDbContext db, CurrentViewer viewer, IAuthorizationService authorization, IHttpContextAccessor http)
{
    public IQueryable<Case> Cases
    {
        get
        {
            var v = viewer.Value;
            var cases = db.Cases.Where(c => c.PracticeId == v.PracticeId);
            if (!v.IsClinician && !v.IsPracticeAdmin)
            {
                cases = v.ClientId is { } clientId
                    ? cases.Where(c => db.CasesOfClient(v.PracticeId, clientId).Contains(c.Id))
                    : cases.Where(_ => false);
            }

            return cases;
        }
    }

    /// <summary>What the access rule decides on, for each of <paramref name="cases"/>: the one projection every check reads.</summary>
    public static IQueryable<CaseAccessFacts> FactsOf(IQueryable<Case> cases) =>
        cases.AsNoTracking().Select(c => new CaseAccessFacts(
            c.Id,
            c.PracticeId,
            c.Team.Select(t => t.StaffId).ToList(),
            c.Participants.Select(p => p.ClientId).ToList(),
            c.Team.Where(t => t.IsLead).Select(t => (Guid?)t.StaffId).FirstOrDefault(),
            c.Stage));

    /// <summary>The case's access facts if the viewer may do <paramref name="operation"/> to it; otherwise null.</summary>
    public async Task<CaseAccessFacts?> AuthorizeAsync(Guid caseId, OperationAuthorizationRequirement operation, CancellationToken cancellationToken = default)
    {
        var facts = await FactsOf(Cases.Where(c => c.Id == caseId)).FirstOrDefaultAsync(cancellationToken);
        if (facts is null)
        {
            return null;
        }

        return await AllowsAsync(facts, operation) ? facts : null;
    }

    /// <summary>Whether the viewer may also do <paramref name="operation"/> to a case they already reached.</summary>
    public async Task<bool> AllowsAsync(CaseAccessFacts facts, OperationAuthorizationRequirement operation)
    {
        var user = http.HttpContext?.User ?? throw new InvalidOperationException("No request.");
        return (await authorization.AuthorizeAsync(user, facts, operation)).Succeeded;
    }

    /// <summary>Which of <paramref name="caseIds"/> (rows a page already shows) the viewer may also do <paramref name="operation"/> to.</summary>
    public async Task<HashSet<Guid>> AllowedAmongAsync(IReadOnlyCollection<Guid> caseIds, OperationAuthorizationRequirement operation)
    {
        var allowed = new HashSet<Guid>();
        foreach (var facts in await FactsAmongAsync(caseIds))
        {
            if (await AllowsAsync(facts, operation))
            {
                allowed.Add(facts.CaseId);
            }
        }

        return allowed;
    }

    /// <summary>The access facts of those of <paramref name="caseIds"/> the viewer reaches at all, for a page that asks several operations of each.</summary>
    public async Task<List<CaseAccessFacts>> FactsAmongAsync(IReadOnlyCollection<Guid> caseIds) =>
        await FactsOf(Cases.Where(c => caseIds.Contains(c.Id))).AsSplitQuery().ToListAsync();

    public Viewer Viewer => viewer.Value;
}

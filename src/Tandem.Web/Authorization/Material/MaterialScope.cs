using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Sharing;
using Tandem.Data;

namespace Tandem.Web.Authorization.Material;

/// <summary>
/// Every page reaches a client's material through here, beside <see cref="CaseScope"/>: the shares of the items a page
/// found, with the facts of the cases they were shared in, and then the handler of that kind of material decides each
/// item. A page's own query only narrows what it looks at (one case, one client); it never decides who may see.
/// </summary>
public sealed class MaterialScope(TandemDbContext db, CaseScope cases, IAuthorizationService authorization, IHttpContextAccessor http)
{
    public Viewer Viewer => cases.Viewer;

    /// <summary>The cases the viewer reaches at all, as <see cref="CaseScope"/> narrows them.</summary>
    public IQueryable<Core.Cases.Case> Cases => cases.Cases;

    /// <summary>Shares of one kind in the cases the viewer reaches: a client's own cases, or their practice's for staff.</summary>
    public IQueryable<Share> SharesInReach(MaterialKind kind)
    {
        var practice = Viewer.PracticeId;
        var mine = cases.Cases.Select(c => c.Id);
        return db.Shares.Where(s => s.PracticeId == practice && s.Kind == kind && mine.Contains(s.CaseId));
    }

    /// <summary>The access facts of the named cases of the viewer's practice, by case.</summary>
    public async Task<Dictionary<Guid, CaseAccessFacts>> CaseFactsAsync(IEnumerable<Guid> caseIds)
    {
        var ids = caseIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return [];
        }

        var practice = Viewer.PracticeId;
        return await CaseScope.FactsOf(db.Cases.Where(c => c.PracticeId == practice && ids.Contains(c.Id))).AsSplitQuery().ToDictionaryAsync(f => f.CaseId);
    }

    /// <summary>Each item's shares of <paramref name="kind"/>, as the rule weighs them, with the share rows themselves for the author's page.</summary>
    public async Task<Dictionary<Guid, List<(Share Share, CaseAccessFacts Case)>>> SharesOfAsync(MaterialKind kind, IReadOnlyCollection<Guid> itemIds)
    {
        var practice = Viewer.PracticeId;
        var shares = itemIds.Count == 0 ? [] : await db.Shares.AsNoTracking().Where(s => s.PracticeId == practice && s.Kind == kind && itemIds.Contains(s.ItemId)).ToListAsync();
        var facts = await CaseFactsAsync(shares.Select(s => s.CaseId));
        return itemIds.Distinct().ToDictionary(id => id, id => shares.Where(s => s.ItemId == id).Select(s => (s, facts[s.CaseId])).ToList());
    }

    /// <summary>
    /// The items of a shareable kind the viewer may do <paramref name="operation"/> to, each decided from its owner and
    /// every case it is shared in; <paramref name="implied"/> adds a share an item carries by its nature (a couple's
    /// shared intention belongs to its case).
    /// </summary>
    public async Task<List<T>> AllowedAsync<T, TMaterial>(
        MaterialKind kind, IReadOnlyList<T> items, Func<T, Guid> id, Func<T, Guid> owner, MaterialRequirement<TMaterial> operation,
        Func<T, Guid?>? implied = null)
    {
        var shares = await SharesOfAsync(kind, [.. items.Select(id)]);
        var impliedCases = implied is null ? [] : await CaseFactsAsync(items.Select(implied).OfType<Guid>());
        return await WhereAsync(items, item =>
        {
            List<ShareFacts> facts = [.. shares[id(item)].Select(s => new ShareFacts(s.Share.Audience, s.Case))];
            if (implied?.Invoke(item) is { } caseId && impliedCases.TryGetValue(caseId, out var @case))
            {
                facts.Add(new ShareFacts(Visibility.MyPartnerAndMyClinician, @case));
            }

            return new MaterialFacts(Viewer.PracticeId, owner(item), facts);
        }, operation);
    }

    /// <summary>The items whose facts the handler of <typeparamref name="TMaterial"/> allows <paramref name="operation"/> on.</summary>
    public async Task<List<T>> WhereAsync<T, TMaterial>(IEnumerable<T> items, Func<T, object> facts, MaterialRequirement<TMaterial> operation)
    {
        var allowed = new List<T>();
        foreach (var item in items)
        {
            if (await AllowsAsync(facts(item), operation))
            {
                allowed.Add(item);
            }
        }

        return allowed;
    }

    public async Task<bool> AllowsAsync<TMaterial>(object facts, MaterialRequirement<TMaterial> operation)
    {
        var user = http.HttpContext?.User ?? throw new InvalidOperationException("No request.");
        return (await authorization.AuthorizeAsync(user, facts, operation)).Succeeded;
    }
}

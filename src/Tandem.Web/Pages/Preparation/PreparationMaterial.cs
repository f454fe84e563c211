using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Preparation;
using Tandem.Data;

namespace Tandem.Web.Pages.Preparation;

/// <summary>
/// Intentions and hot spots, read through <see cref="VisibilityRule"/>: the author sees all of theirs, the partner in an
/// open couple case only "my partner and my clinician" items, the case team everything but "only me".
/// </summary>
public sealed class PreparationMaterial(TandemDbContext db)
{
    public sealed record Item(Guid Id, Guid AuthorId, string Author, string Text, Visibility Visibility, Guid? SharedInCaseId);

    public sealed record Spot(Guid Id, Guid AuthorId, string Author, string Situation, string Feeling, string UsualResponse, Visibility Visibility);

    /// <summary>Clients who share an open couple case with <paramref name="clientId"/>: their partner, while it lasts.</summary>
    public Task<List<Guid>> PartnersOfAsync(Guid clientId) =>
        db.CaseParticipants.AsNoTracking()
            .Where(p => p.ClientId != clientId && db.Cases.Any(c => c.Id == p.CaseId && c.Kind == CaseKind.Couple
                && c.Stage != CaseStage.Closed && c.Stage != CaseStage.Withdrawn
                && c.Participants.Any(x => x.ClientId == clientId)))
            .Select(p => p.ClientId)
            .Distinct()
            .ToListAsync();

    /// <summary>What a client reads in their portal: their own, their partner's shared-with-partner items, their couples' shared intentions.</summary>
    public async Task<(List<Item> Intentions, List<Spot> HotSpots)> ForClientAsync(Guid me, IReadOnlyCollection<Guid> myCaseIds)
    {
        var partners = await PartnersOfAsync(me);
        var intentions = await Intentions(db.Intentions
            .Where(i => (i.SharedInCaseId == null && (i.AuthorClientId == me || (partners.Contains(i.AuthorClientId) && i.Visibility == Visibility.MyPartnerAndMyClinician)))
                || (i.SharedInCaseId != null && myCaseIds.Contains(i.SharedInCaseId.Value))))
            .ToListAsync();
        var spots = await HotSpots(db.HotSpots
            .Where(h => h.AuthorClientId == me || (partners.Contains(h.AuthorClientId) && h.Visibility == Visibility.MyPartnerAndMyClinician)))
            .ToListAsync();
        return (intentions.Where(i => i.SharedInCaseId is not null || VisibilityRule.CanRead(Relate(me, i.AuthorId, partners), i.Visibility)).ToList(),
            spots.Where(h => VisibilityRule.CanRead(Relate(me, h.AuthorId, partners), h.Visibility)).ToList());
    }

    /// <summary>What the case team reads beside the case: the participants' items but "only me", and the case's shared intentions.</summary>
    public async Task<(List<Item> Intentions, List<Spot> HotSpots)> ForCaseTeamAsync(Guid caseId, IReadOnlyCollection<Guid> participants)
    {
        var intentions = await Intentions(db.Intentions
            .Where(i => (i.SharedInCaseId == null && participants.Contains(i.AuthorClientId) && i.Visibility != Visibility.OnlyMe) || i.SharedInCaseId == caseId))
            .ToListAsync();
        var spots = await HotSpots(db.HotSpots
            .Where(h => participants.Contains(h.AuthorClientId) && h.Visibility != Visibility.OnlyMe))
            .ToListAsync();
        return (intentions, spots.Where(h => VisibilityRule.CanRead(Relation.CaseTeam, h.Visibility)).ToList());
    }

    private static Relation Relate(Guid me, Guid author, IReadOnlyCollection<Guid> partners) =>
        author == me ? Relation.Author : partners.Contains(author) ? Relation.Partner : Relation.Stranger;

    private IQueryable<Item> Intentions(IQueryable<Intention> chosen) =>
        from i in chosen.AsNoTracking()
        join c in db.Clients on i.AuthorClientId equals c.Id
        orderby i.CreatedAt
        select new Item(i.Id, i.AuthorClientId, c.FirstName, i.Text, i.Visibility, i.SharedInCaseId);

    private IQueryable<Spot> HotSpots(IQueryable<HotSpot> chosen) =>
        from h in chosen.AsNoTracking()
        join c in db.Clients on h.AuthorClientId equals c.Id
        orderby h.CreatedAt
        select new Spot(h.Id, h.AuthorClientId, c.FirstName, h.Situation, h.Feeling, h.UsualResponse, h.Visibility);
}

using Microsoft.EntityFrameworkCore;
using Tandem.Core.Journal;
using Tandem.Core.Preparation;
using Tandem.Data;
using Tandem.Web.Pages.Portal.Sessions;
using Tandem.Web.Pages.Preparation;

namespace Tandem.Web.Pages.Portal.Journal;

/// <summary>Journal entries read through <see cref="VisibilityRule"/>, for the author, their partner, or the case team.</summary>
public sealed class JournalEntries(TandemDbContext db, PreparationMaterial material, MySessions sessions)
{
    public sealed record Entry(Guid Id, Guid AuthorId, string Author, string? Title, string Body, Visibility Visibility, DateTime WrittenAt);

    /// <summary>What an author may choose for an entry: the partner option, and their own intentions and written-up sessions.</summary>
    public sealed record Choices(bool HasPartner, IReadOnlyList<(Guid Id, string Text)> Intentions, IReadOnlyList<MySessions.Item> Sessions);

    public async Task<Choices> ChoicesAsync(Guid me)
    {
        var hasPartner = (await material.PartnersOfAsync(me)).Count > 0;
        var intentions = await db.Intentions.AsNoTracking().Where(i => i.AuthorClientId == me).OrderBy(i => i.CreatedAt).Select(i => new { i.Id, i.Text }).ToListAsync();
        var written = (await sessions.ListAsync()).Where(s => s.IsWrittenUp).ToList();
        return new Choices(hasPartner, [.. intentions.Select(i => (i.Id, i.Text))], written);
    }

    /// <summary>Mine, and my partner's "my partner and my clinician" entries while our couple case is open.</summary>
    public async Task<List<Entry>> ForClientAsync(Guid me)
    {
        var partners = await material.PartnersOfAsync(me);
        var entries = await Read(db.JournalEntries.Where(j =>
            j.AuthorClientId == me || (partners.Contains(j.AuthorClientId) && j.Visibility == Visibility.MyPartnerAndMyClinician)));
        return [.. entries.Where(e => VisibilityRule.CanRead(e.AuthorId == me ? Relation.Author : Relation.Partner, e.Visibility))];
    }

    /// <summary>What a client shared with their clinicians: never an "only me" entry.</summary>
    public async Task<List<Entry>> ForCaseTeamAsync(Guid clientId)
    {
        var entries = await Read(db.JournalEntries.Where(j => j.AuthorClientId == clientId && j.Visibility != Visibility.OnlyMe));
        return [.. entries.Where(e => VisibilityRule.CanRead(Relation.CaseTeam, e.Visibility))];
    }

    private Task<List<Entry>> Read(IQueryable<JournalEntry> chosen) =>
        (from j in chosen.AsNoTracking()
         join c in db.Clients on j.AuthorClientId equals c.Id
         orderby j.WrittenAt descending
         select new Entry(j.Id, j.AuthorClientId, c.FirstName, j.Title, j.Body, j.Visibility, j.WrittenAt))
        .ToListAsync();
}

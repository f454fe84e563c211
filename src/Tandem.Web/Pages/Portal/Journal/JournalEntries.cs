using Microsoft.EntityFrameworkCore;
using Tandem.Core.Journal;
using Tandem.Core.Sharing;
using Tandem.Data;
using Tandem.Web.Authorization.Material;
using Tandem.Web.Pages.Portal.Sessions;
using Tandem.Web.Pages.Portal.Sharing;

namespace Tandem.Web.Pages.Portal.Journal;

/// <summary>Journal entries for the author, a partner they shared with, or a case team, each decided by <see cref="JournalEntryHandler"/>.</summary>
public sealed class JournalEntries(TandemDbContext db, MaterialScope scope, ShareTargets targets, MySessions sessions)
{
    public sealed record Entry(Guid Id, Guid AuthorId, string Author, string? Title, string Body, DateTime WrittenAt);

    /// <summary>What an author may choose for an entry: the cases to share it in, and their own intentions and written-up sessions.</summary>
    public sealed record Choices(IReadOnlyList<ShareTarget> Open, IReadOnlyList<(Guid Id, string Text)> Intentions, IReadOnlyList<MySessions.Item> Sessions);

    public async Task<Choices> ChoicesAsync(Guid me)
    {
        var intentions = await db.Intentions.AsNoTracking().Where(i => i.PracticeId == scope.Viewer.PracticeId && i.AuthorClientId == me).OrderBy(i => i.CreatedAt).Select(i => new { i.Id, i.Text }).ToListAsync();
        var written = (await sessions.ListAsync()).Where(s => s.IsWrittenUp).ToList();
        return new Choices(await targets.OpenAsync(), [.. intentions.Select(i => (i.Id, i.Text))], written);
    }

    /// <summary>Mine, and what a partner shared with me in a case of ours.</summary>
    public async Task<List<Entry>> ForClientAsync(Guid me)
    {
        // Two reads, each from its own index: an OR between them would test every entry of the practice.
        var shared = scope.SharesInReach(MaterialKind.JournalEntry).Select(s => s.ItemId);
        var practice = scope.Viewer.PracticeId;
        return await ReadableAsync(db.JournalEntries.Where(j => j.PracticeId == practice && j.AuthorClientId == me)
            .Concat(db.JournalEntries.Where(j => j.PracticeId == practice && j.AuthorClientId != me && shared.Contains(j.Id))));
    }

    /// <summary>What <paramref name="clientId"/> shared in this case, for its team.</summary>
    public Task<List<Entry>> SharedInCaseAsync(Guid caseId, Guid clientId) =>
        ReadableAsync(db.JournalEntries.Where(j => j.PracticeId == scope.Viewer.PracticeId && j.AuthorClientId == clientId
            && db.Shares.Any(s => s.PracticeId == j.PracticeId && s.Kind == MaterialKind.JournalEntry && s.ItemId == j.Id && s.CaseId == caseId)));

    private async Task<List<Entry>> ReadableAsync(IQueryable<JournalEntry> candidates)
    {
        var entries = await (
                from j in candidates.AsNoTracking()
                join c in db.Clients on new { j.PracticeId, Id = j.AuthorClientId } equals new { c.PracticeId, c.Id }
                orderby j.WrittenAt descending
                select new Entry(j.Id, j.AuthorClientId, c.FirstName, j.Title, j.Body, j.WrittenAt))
            .ToListAsync();
        return await scope.AllowedAsync(MaterialKind.JournalEntry, entries, e => e.Id, e => e.AuthorId, MaterialOperations<JournalEntry>.Read);
    }
}

using Tandem.Core.Sharing;

namespace Tandem.Web.Pages.Portal.Sharing;

/// <summary>The shares of one of my items, named by their case, for the tags beside it.</summary>
public sealed record SharedWith(MaterialKind Kind, Guid ItemId, IReadOnlyList<(Visibility Audience, string CaseName, bool IsOpen)> Shares)
{
    public static SharedWith Of(MaterialKind kind, Guid itemId, IEnumerable<Share> shares, IReadOnlyList<ShareTarget> mine) =>
        new(kind, itemId, [.. shares.Select(s => mine.FirstOrDefault(t => t.CaseId == s.CaseId) is { } t ? (s.Audience, t.Name, t.IsOpen) : (s.Audience, "an earlier care", false))]);
}

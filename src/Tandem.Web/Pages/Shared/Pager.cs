namespace Tandem.Web.Pages.Shared;

/// <summary>Where a paged list stands: page <see cref="Number"/> of a list of <see cref="Total"/>, and the link to another page.</summary>
public sealed record Pager(int Number, int Total, int PageSize, Func<int, string> UrlOf)
{
    public int Count => Math.Max(1, (Total + PageSize - 1) / PageSize);

    /// <summary>The page asked for, kept within the list: a number past the end shows the last page.</summary>
    public static int Clamp(int asked, int total, int pageSize) => Math.Clamp(asked, 1, Math.Max(1, (total + pageSize - 1) / pageSize));

    public int Skip => (Number - 1) * PageSize;
}

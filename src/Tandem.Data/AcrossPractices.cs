namespace Tandem.Data;

/// <summary>
/// Tags a query that reads every practice on purpose. A deployment distributed by practice sends it to every node, so
/// each use says why it cannot name one practice (docs/decisions/0023).
/// </summary>
public static class AcrossPractices
{
    public const string Tag = "Across practices";

    public static IQueryable<T> AcrossPracticesBecause<T>(this IQueryable<T> query, string reason) =>
        Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.TagWith(query, $"{Tag}: {reason}");
}

namespace Tandem.Web.Pages.Series;

/// <summary>
/// A case holds a series per course of care. The newest planned is the case's current series; the earlier ones are its
/// history, kept as they were.
/// </summary>
public static class CaseSeries
{
    public static IQueryable<Core.Treatment.Series> NewestFirst(this IQueryable<Core.Treatment.Series> series, Guid caseId) =>
        series.Where(s => s.CaseId == caseId).OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.StartDate);
}

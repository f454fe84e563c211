using Microsoft.EntityFrameworkCore;
using Tandem.Core.Clients;
using Tandem.Core.Consultations;

namespace Tandem.Web.Pages.Find;

/// <summary>
/// Clients and prospects whose folded search key holds every word of a query: a LIKE on a column both databases
/// compare byte for byte, so SQLite and PostgreSQL find the same people.
/// </summary>
public static class ClientSearch
{
    public static IQueryable<Client> Matching(this IQueryable<Client> clients, IReadOnlyList<string> words) =>
        words.Select(Containing).Aggregate(clients, (found, pattern) => found.Where(c => EF.Functions.Like(c.SearchKey, pattern, "\\")));

    public static IQueryable<Prospect> Matching(this IQueryable<Prospect> prospects, IReadOnlyList<string> words) =>
        words.Select(Containing).Aggregate(prospects, (found, pattern) => found.Where(p => EF.Functions.Like(p.SearchKey, pattern, "\\")));

    private static string Containing(string word) =>
        "%" + word.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
}

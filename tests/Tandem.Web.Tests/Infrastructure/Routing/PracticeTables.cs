using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Tandem.Web.Tests.Infrastructure.Routing;

/// <summary>
/// The tables a deployment distributes by practice: every table whose entity has a PracticeId, less the reference
/// tables below, each kept whole on every node for the reason given (docs/decisions/0023).
/// </summary>
public static class PracticeTables
{
    public static readonly IReadOnlyDictionary<string, string> Reference = new Dictionary<string, string>
    {
        ["AspNetUsers"] = "A sign-in is found by its email before anyone knows the practice; PracticeId on it says whose staff or client it is, not where it lives.",
    };

    public static IReadOnlySet<string> Distributed(IModel model) =>
        model.GetEntityTypes()
            .Where(e => e.FindProperty("PracticeId") is not null && e.GetTableName() is { } table && !Reference.ContainsKey(table))
            .Select(e => e.GetTableName()!)
            .ToHashSet(StringComparer.Ordinal);
}

using System.Reflection;
using Xunit.v3;

namespace Tandem.Web.Tests.Infrastructure.Routing;

/// <summary>
/// Fails a test when a statement it made the app run does not name its practice. Tests in a collection run one at a
/// time, so what the app ran between Before and After is this test's.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PracticePinnedAttribute : BeforeAfterTestAttribute
{
    public override void Before(MethodInfo methodUnderTest, IXunitTest test) => Statements().Take();

    public override void After(MethodInfo methodUnderTest, IXunitTest test)
    {
        var unpinned = Statements().Take();
        if (unpinned.Count > 0)
        {
            throw new Xunit.Sdk.XunitException(
                $"{unpinned.Count} statement(s) on practice tables do not name their practice (docs/decisions/0023):\n\n"
                + string.Join("\n\n", unpinned.DistinctBy(s => s.Sql)));
        }
    }

    // The collection's fixture exists before any of its tests starts, so this completes at once.
    private static PracticeStatements Statements() =>
        (TestContext.Current.GetFixture<PostgresApp>().AsTask().GetAwaiter().GetResult()
            ?? throw new InvalidOperationException("The practice check runs in the PostgreSQL collection.")).Statements;
}

using Tandem.Core.Access;
using Tandem.Core.Register;

namespace Tandem.Core.Tests.Register;

public sealed class CountTests
{
    private static readonly DateOnly Monday = new(2026, 3, 2);

    [Fact]
    public void A_difference_is_what_was_found_less_the_book_and_its_adjustment_brings_the_book_to_what_was_found()
    {
        // The book says 39.5 troches; 38.5 are found. The difference is -1 troche, and adjusting by it leaves 38.5.
        var line = new StockCountLine { BookBalance = 39_500, Found = 38_500 };
        Assert.Equal(-1_000, line.Difference);
        Assert.Equal(38_500, StockLedger.After(line.BookBalance, line.Difference));
        Assert.Equal(1, RegisterEntryKind.CountAdjustment.Direction());

        // Found more than the book (a receipt under-entered): +0.5 mL. Found what the book says: nothing to resolve.
        Assert.Equal(500, new StockCountLine { BookBalance = 12_000, Found = 12_500 }.Difference);
        Assert.Equal(0, new StockCountLine { BookBalance = 12_000, Found = 12_000 }.Difference);
    }

    [Fact]
    public void A_required_count_falls_due_when_its_period_has_run_since_the_last_count_that_answers_for_it()
    {
        Assert.True(CountSchedule.IsDue(CountKind.Weekly, null, Monday));
        Assert.False(CountSchedule.IsDue(CountKind.Weekly, Monday, Monday.AddDays(6)));
        Assert.True(CountSchedule.IsDue(CountKind.Weekly, Monday, Monday.AddDays(7)));
        Assert.False(CountSchedule.IsDue(CountKind.Daily, Monday, Monday));
        Assert.True(CountSchedule.IsDue(CountKind.Daily, Monday, Monday.AddDays(1)));
        Assert.False(CountSchedule.IsDue(CountKind.Inventory, new DateOnly(2024, 3, 3), new DateOnly(2026, 3, 2)));
        Assert.True(CountSchedule.IsDue(CountKind.Inventory, new DateOnly(2024, 3, 2), new DateOnly(2026, 3, 2)));

        Assert.True(CountKind.Inventory.AnswersFor(CountKind.Weekly));
        Assert.True(CountKind.Weekly.AnswersFor(CountKind.Daily));
        Assert.False(CountKind.Daily.AnswersFor(CountKind.Weekly));
        Assert.False(CountKind.Weekly.AnswersFor(CountKind.Inventory));
    }

    [Theory]
    [InlineData(new[] { Roles.Prescriber, Roles.Clinician }, false, true, true)]
    [InlineData(new[] { Roles.Clinician }, true, true, true)]
    [InlineData(new[] { Roles.PracticeAdmin }, true, true, true)]
    [InlineData(new[] { Roles.PracticeAdmin }, false, true, false)]
    [InlineData(new[] { Roles.Clinician }, false, false, false)]
    [InlineData(new[] { Roles.Client }, true, false, false)]
    public void Prescribers_and_named_custodians_keep_the_register_and_the_admin_reads_it(string[] roles, bool custodian, bool reads, bool keeps)
    {
        var viewer = new Viewer(Guid.NewGuid(), Guid.NewGuid(), roles.ToHashSet(), roles.Contains(Roles.Client) ? Guid.NewGuid() : null);
        Assert.Equal(reads, RegisterAccess.Allows(RegisterOperation.Read, viewer, custodian));
        Assert.Equal(keeps, RegisterAccess.Allows(RegisterOperation.Keep, viewer, custodian));
    }
}

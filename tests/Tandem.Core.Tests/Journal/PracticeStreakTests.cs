using Tandem.Core.Journal;

namespace Tandem.Core.Tests.Journal;

public sealed class PracticeStreakTests
{
    private static readonly DateOnly Today = new(2026, 11, 24);

    [Theory]
    [InlineData(new int[0], 0)]
    [InlineData(new[] { 0 }, 1)]
    [InlineData(new[] { 0, 1, 2 }, 3)]
    [InlineData(new[] { 1, 2 }, 2)]
    [InlineData(new[] { 0, 2, 3 }, 1)]
    [InlineData(new[] { 2, 3 }, 0)]
    public void The_streak_counts_days_in_a_row_and_today_not_yet_logged_does_not_break_it(int[] daysAgo, int streak) =>
        Assert.Equal(streak, PracticeStreak.Of(daysAgo.Select(d => Today.AddDays(-d)).ToHashSet(), Today));
}

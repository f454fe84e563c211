using Tandem.Core.Measures;

namespace Tandem.Core.Tests.Measures;

public sealed class TimepointTests
{
    /// <summary>Written out rather than derived: these are the values in saved rows, and rewording a name must not move them.</summary>
    [Fact]
    public void Each_timepoint_is_stored_by_a_code_that_is_not_its_name_and_reads_back_to_itself()
    {
        (Timepoint Timepoint, string Code, string Name)[] stored =
        [
            (Timepoint.Baseline, "baseline", "Baseline"),
            (Timepoint.BeforeDose(1), "before-dose-1", "Before dosing session 1"),
            (Timepoint.BeforeDose(12), "before-dose-12", "Before dosing session 12"),
            (Timepoint.MidSeries, "mid-series", "Mid-series"),
            (Timepoint.EndOfSeries, "end-of-series", "End of series"),
            (Timepoint.FollowUp(1), "follow-up-1", "1 month after the series"),
            (Timepoint.FollowUp(3), "follow-up-3", "3 months after the series"),
            (Timepoint.FollowUp(12), "follow-up-12", "12 months after the series"),
        ];

        Assert.All(stored, s =>
        {
            Assert.Equal(s.Code, s.Timepoint.Code);
            Assert.Equal(s.Name, s.Timepoint.Name);
            Assert.Equal(s.Timepoint, Timepoint.Parse(s.Code));
        });
        Assert.Equal(stored.Length, stored.Select(s => s.Timepoint.Code).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_kinds_keep_their_stored_numbers() =>
        Assert.Equal([(1, "Baseline"), (2, "BeforeDose"), (3, "MidSeries"), (4, "EndOfSeries"), (5, "FollowUp")],
            Enum.GetValues<TimepointKind>().Select(k => ((int)k, k.ToString())));

    [Theory]
    [InlineData("Baseline")]
    [InlineData("Before dosing session 3")]
    [InlineData("3 months after the series")]
    [InlineData("before-dose-0")]
    [InlineData("before-dose-03")]
    [InlineData("before-dose-+3")]
    [InlineData("before-dose-")]
    [InlineData("follow-up--1")]
    [InlineData("follow-up-99999999999")]
    [InlineData("end-of-series ")]
    [InlineData("")]
    [InlineData(null)]
    public void A_name_or_a_misspelt_code_is_not_read_as_a_timepoint(string? code)
    {
        Assert.False(Timepoint.TryParse(code, out _));
        if (code is not null)
        {
            Assert.Throws<FormatException>(() => Timepoint.Parse(code));
        }
    }

    [Fact]
    public void No_dose_or_follow_up_is_numbered_below_one()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Timepoint.BeforeDose(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => Timepoint.FollowUp(0));
    }
}

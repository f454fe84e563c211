using Tandem.Core.Measures;

namespace Tandem.Core.Tests.Measures;

public sealed class ReportPrivacyTests
{
    private static readonly Guid Practice = Guid.NewGuid();
    private static readonly Guid Client = Guid.NewGuid();

    [Fact]
    public void A_pseudonym_is_the_same_under_one_key_different_under_another_and_says_nothing_of_the_order_of_clients()
    {
        var key = Enumerable.Range(0, 32).Select(i => (byte)i).ToArray();
        var other = Enumerable.Range(1, 32).Select(i => (byte)i).ToArray();

        Assert.Equal(Pseudonym.Of(key, Practice, Client), Pseudonym.Of(key, Practice, Client));
        Assert.NotEqual(Pseudonym.Of(key, Practice, Client), Pseudonym.Of(other, Practice, Client));
        Assert.NotEqual(Pseudonym.Of(key, Practice, Client), Pseudonym.Of(key, Guid.NewGuid(), Client));
        Assert.Matches("^P-[0-9A-Z]{10}$", Pseudonym.Of(key, Practice, Client));
    }

    [Theory]
    [InlineData(0, 10, true)]
    [InlineData(4, 10, false)]
    [InlineData(5, 10, true)]
    [InlineData(6, 10, false)]
    [InlineData(10, 10, true)]
    [InlineData(5, 9, false)]
    public void A_part_is_shown_only_when_neither_it_nor_the_rest_of_its_total_is_a_small_cell(int part, int total, bool shown) =>
        Assert.Equal(shown, SmallCells.MayShowPart(part, total, SmallCells.DefaultMinimum));

    [Theory]
    [InlineData(5, 10, 5, "5")]
    [InlineData(2, 10, 5, "fewer than 5")]
    [InlineData(6, 10, 5, "withheld")]
    [InlineData(3, 4, 3, "withheld")]
    [InlineData(0, 4, 3, "0")]
    public void A_part_of_a_shown_total_reads_as_its_count_fewer_than_the_minimum_or_withheld(int part, int total, int minimum, string shown) =>
        Assert.Equal(shown, SmallCells.Part(part, total, minimum));
}

using Tandem.Core.RippleMap;

namespace Tandem.Core.Tests.RippleMap;

public sealed class MapLabelTests
{
    [Theory]
    [InlineData("Mia")]
    [InlineData("my sister")]
    [InlineData("Dad (Frank)")]
    [InlineData("the 5 o'clock running group")]
    [InlineData("Zoë & Zack")]
    [InlineData("St. Mary's choir")]
    public void A_first_name_or_a_word_for_someone_is_kept(string label) => Assert.Null(MapLabel.Problem(label));

    [Theory]
    [InlineData("mia@example.com", "email address")]
    [InlineData("Mia <mia.k@mail.co.uk>", "email address")]
    [InlineData("+44 7700 900123", "phone number")]
    [InlineData("(555) 010-4477", "phone number")]
    [InlineData("https://instagram.com/mia", "web address")]
    [InlineData("www.mia.blog", "web address")]
    [InlineData("mia.com", "web address")]
    [InlineData("", "first name")]
    public void Contact_details_or_nothing_are_refused_saying_why(string label, string why) =>
        Assert.Contains(why, MapLabel.Problem(label), StringComparison.Ordinal);

    [Fact]
    public void A_label_is_at_most_60_characters()
    {
        Assert.Null(MapLabel.Problem(new string('a', 60)));
        Assert.Contains("60 characters", MapLabel.Problem(new string('a', 61)), StringComparison.Ordinal);
    }
}

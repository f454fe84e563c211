using Tandem.Core.Clients;

namespace Tandem.Core.Tests.Clients;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("Zoë Ångström-Müller", "zoe angstrom-muller")]
    [InlineData("Groß ØRSTED Łódź Æon Œuvre", "gross orsted lodz aeon oeuvre")]
    [InlineData("José\u0301", "jose")]
    [InlineData("Þóra Ðorđević", "thora dordevic")]
    public void Folding_drops_case_and_accents_and_spells_out_letters_that_have_no_decomposition(string text, string folded)
    {
        Assert.Equal(folded, SearchText.Fold(text));
    }

    [Fact]
    public void A_query_is_folded_words()
    {
        Assert.Equal(["zoe", "muller"], SearchText.Words("  ZOË\tMüller "));
    }

    [Fact]
    public void A_client_keeps_its_search_key_as_its_name_and_email_change()
    {
        var client = new Client { FirstName = "Zoë", LastName = "Ångström", Email = "Z@Example.test" };
        Assert.Equal("zoe angstrom z@example.test", client.SearchKey);
        client.LastName = "Müller";
        Assert.Equal("zoe muller z@example.test", client.SearchKey);
    }
}

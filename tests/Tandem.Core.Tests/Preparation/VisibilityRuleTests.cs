using Tandem.Core.Preparation;

namespace Tandem.Core.Tests.Preparation;

public sealed class VisibilityRuleTests
{
    [Theory]
    [InlineData(Relation.Author, Visibility.OnlyMe, true)]
    [InlineData(Relation.Author, Visibility.MeAndMyClinician, true)]
    [InlineData(Relation.Author, Visibility.MyPartnerAndMyClinician, true)]
    [InlineData(Relation.Partner, Visibility.OnlyMe, false)]
    [InlineData(Relation.Partner, Visibility.MeAndMyClinician, false)]
    [InlineData(Relation.Partner, Visibility.MyPartnerAndMyClinician, true)]
    [InlineData(Relation.CaseTeam, Visibility.OnlyMe, false)]
    [InlineData(Relation.CaseTeam, Visibility.MeAndMyClinician, true)]
    [InlineData(Relation.CaseTeam, Visibility.MyPartnerAndMyClinician, true)]
    [InlineData(Relation.Stranger, Visibility.OnlyMe, false)]
    [InlineData(Relation.Stranger, Visibility.MeAndMyClinician, false)]
    [InlineData(Relation.Stranger, Visibility.MyPartnerAndMyClinician, false)]
    public void Each_relation_reads_exactly_what_the_table_allows(Relation relation, Visibility visibility, bool expected) =>
        Assert.Equal(expected, VisibilityRule.CanRead(relation, visibility));
}

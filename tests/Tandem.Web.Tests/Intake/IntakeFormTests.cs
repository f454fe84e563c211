using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Intake;

/// <summary>A screen reader names each yes/no of the intake by its question, not only "Yes" and "No".</summary>
public abstract class IntakeFormTests(TandemApp app)
{
    [Fact]
    public async Task Every_yes_or_no_is_grouped_under_its_question_and_the_detail_box_is_labelled()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam");
        var page = await (await app.SignInAsync(a.Email)).GetAsync($"/Portal/Intake/{caseId}");

        var radios = page.Document.QuerySelectorAll("#screen input[type=radio], #partner-safety input[type=radio]");
        Assert.True(radios.Length >= 40, $"only {radios.Length} yes/no answers on the intake");
        foreach (var group in radios.GroupBy(r => r.GetAttribute("name")))
        {
            var fieldsets = group.Select(r => r.Closest("fieldset")).Distinct().ToList();
            var fieldset = Assert.Single(fieldsets);
            Assert.NotNull(fieldset);
            Assert.NotEqual("screen", fieldset.Id);
            Assert.NotEqual("partner-safety", fieldset.Id);
            var legend = fieldset.QuerySelector(":scope > legend")?.TextContent.Trim();
            Assert.False(string.IsNullOrEmpty(legend), $"{group.Key} has no question as its legend");
            Assert.Equal(2, fieldset.QuerySelectorAll("input[type=radio]").Length);
        }

        foreach (var detail in page.Document.QuerySelectorAll("input[name$='.Detail']"))
        {
            Assert.Equal("If yes, tell us more", page.Document.QuerySelector($"label[for='{detail.Id}']")?.TextContent);
        }
    }
}

[Collection(SqliteApp.Collection)]
public sealed class IntakeFormTests_Sqlite(SqliteApp app) : IntakeFormTests(app);

[Collection(PostgresApp.Collection)]
public sealed class IntakeFormTests_Postgres(PostgresApp app) : IntakeFormTests(app);

using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Data;
using Tandem.Web.Pages.Measures;
using Tandem.Web.Pages.Reports;
using Task = System.Threading.Tasks.Task;

namespace Tandem.Web.Tests.Reports;

public abstract partial class OutcomeReportTests
{
    [Fact]
    public async Task An_export_read_a_client_at_a_time_holds_the_same_rows_in_order_and_is_refused_below_the_smallest_group()
    {
        var practice = await app.OwnPracticeAsync();
        await ThreeClientsThreeYearsAgoAsync(practice);
        var (from, to) = (DateOnly.Parse(Day(-3 * 365 - 10), CultureInfo.InvariantCulture), DateOnly.Parse(Day(-3 * 365 + 10), CultureInfo.InvariantCulture));

        await app.InScopeAsync(async services =>
        {
            var (db, key) = (services.GetRequiredService<TandemDbContext>(), services.GetRequiredService<PseudonymKey>());
            var instruments = await services.GetRequiredService<PracticeInstruments>().AllAsync(practice.PracticeId);
            var whole = await new OutcomeData(db, key).LoadAsync(practice.PracticeId, instruments, from, to);
            var oneAtATime = new OutcomeData(db, key) { ClientsPerRead = 1 };

            var groups = new List<IReadOnlyList<OutcomeData.Answered>>();
            await foreach (var group in (await oneAtATime.ExportableAsync(practice.PracticeId, instruments, from, to, minimumClients: 2, withAnswers: true, default))!)
            {
                groups.Add(group);
            }

            Assert.Equal(3, groups.Count);
            Assert.All(groups, g => Assert.Single(g.Select(a => a.Pseudonym).Distinct()));
            var exported = groups.SelectMany(g => g).ToList();
            Assert.Equal(exported.Select(a => a.Pseudonym).Order(StringComparer.Ordinal), exported.Select(a => a.Pseudonym));
            Assert.Equal(Rows(whole), Rows(exported));
            Assert.Equal(Rows(whole), Rows(await oneAtATime.LoadAsync(practice.PracticeId, instruments, from, to)));
            Assert.All(groups.SelectMany(g => g), a => Assert.Equal(a.Score, a.Instrument.Items.Sum(i => a.Answers[i.Number])));
            Assert.Null(await oneAtATime.ExportableAsync(practice.PracticeId, instruments, from, to, minimumClients: 4, withAnswers: false, default));
        });
    }

    /// <summary>Each row as text without its item answers, in one order, so reads in different orders compare.</summary>
    private static List<string> Rows(IEnumerable<OutcomeData.Answered> answered) =>
        [.. answered.Select(a => (a with { Answers = null! }).ToString()).Order(StringComparer.Ordinal)];
}

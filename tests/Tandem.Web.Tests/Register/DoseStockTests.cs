using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Intake;
using Tandem.Core.Register;
using Tandem.Core.Treatment;
using Tandem.Web.Demo;
using Tandem.Web.Tests.Dosing;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Register;

public abstract class DoseStockTests(TandemApp app)
{
    [Fact]
    public async Task A_dose_draws_its_lot_with_the_record_and_the_rest_of_an_opened_troche_is_given_or_wasted_before_signing()
    {
        var (practice, maya, series, url) = await SharedSessionTodayAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "10")).StatusCode);
        var willow = await app.BalanceIdAsync(practice, "K2231", "Willow safe");
        await DosingForms.OrderAsync(maya, url, series.A.Id, "150");
        Assert.Equal(HttpStatusCode.Redirect, (await maya.SubmitAsync(url, $"#person-{series.B.Id} form.order-form", new()
        {
            ["Order.Mg"] = "150", ["Order.BoosterAllowed"] = "true", ["Order.BoosterMaxMg"] = "50",
        })).StatusCode);

        var page = await maya.GetAsync(url);
        Assert.Contains("Lot K2231, Ketamine HCl troche 100 mg", page.Document.QuerySelector($"#stock-{series.A.Id}")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.RecordAsync(maya, url, series.A.Id, dose: "150", loaded: page, extra: Stock(willow))).StatusCode);
        Assert.Equal(8_500, await BalanceAsync(willow));
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.RecordAsync(maya, url, series.B.Id, dose: "150", extra: Stock(willow))).StatusCode);
        Assert.Equal(7_000, await BalanceAsync(willow));
        foreach (var person in new[] { series.A, series.B })
        {
            await DosingForms.VitalsAsync(maya, url, person.Id, "09:50", "120", "80");
            await DosingForms.VitalsAsync(maya, url, person.Id, "10:40", "125", "82");
        }

        var refused = await maya.SubmitAsync(url, "#sign form", []);
        var errors = await refused.ErrorsAsync();
        Assert.Contains($"{First(series.A)}: 0.5 troches of an opened troche of lot K2231 is not accounted for", errors, StringComparison.Ordinal);
        Assert.Contains($"{First(series.B)}: 0.5 troches of an opened troche", errors, StringComparison.Ordinal);

        // A's half troche is wasted before a witness; B is given it as a booster.
        Assert.Equal(HttpStatusCode.Redirect, (await maya.SubmitAsync(url, $"#person-{series.A.Id} form.waste-form", await app.WitnessAsync(practice, "sam", "Waste.Witness"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await DosingForms.RecordAsync(maya, url, series.B.Id, dose: "150", extra: new(Stock(willow)) { ["Record.BoosterMg"] = "50", ["Record.BoosterAt"] = "10:45" })).StatusCode);
        Assert.Equal(6_000, await BalanceAsync(willow));
        Assert.Equal(HttpStatusCode.Redirect, (await maya.SubmitAsync(url, "#sign form", [])).StatusCode);

        var entries = await app.InDatabaseAsync(db => db.RegisterEntries.Where(e => e.PracticeId == practice.PracticeId && e.Kind != RegisterEntryKind.Receipt)
            .OrderBy(e => e.RecordedAt).ThenBy(e => e.Id).Select(e => new { e.Kind, e.Change, e.BalanceAfter, e.ClientId, e.Part, e.WitnessName }).ToListAsync());
        Assert.Equal(
            [(RegisterEntryKind.Administration, -1_500L, 8_500L, (Guid?)series.A.Id, (DosePart?)DosePart.Dose), (RegisterEntryKind.Administration, -1_500L, 7_000L, series.B.Id, DosePart.Dose),
             (RegisterEntryKind.Waste, -500L, 6_500L, null, null), (RegisterEntryKind.Administration, -500L, 6_000L, series.B.Id, DosePart.Booster)],
            entries.Select(e => (e.Kind, e.Change, e.BalanceAfter, e.ClientId, e.Part)));
        Assert.Equal("Sam Lindqvist", entries[2].WitnessName);
        Assert.Equal("K2231", await app.InDatabaseAsync(db => db.DosingRecords.Where(r => r.ClientId == series.A.Id).Select(r => r.LotNumber).SingleAsync()));

        // The register names nobody on screen; the inspection export gives the name and address the law asks for.
        var register = await maya.GetAsync("/Register");
        Assert.Contains("Dose given to R-0001 at the dosing session of", register.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(series.A.FullName, register.Text, StringComparison.Ordinal);
        var inspection = await maya.GetAsync("/Register/Inspection");
        Assert.Contains($"{series.A.FullName}, 4 Elm Street, Portland OR 97205 (R-0001)", inspection.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_dose_is_corrected_in_the_register_and_another_lot_puts_the_first_back()
    {
        var (practice, maya, series, url) = await SharedSessionTodayAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "10")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K3000", "10", location: "Cedar safe")).StatusCode);
        var willow = await app.BalanceIdAsync(practice, "K2231", "Willow safe");
        var cedar = await app.BalanceIdAsync(practice, "K3000", "Cedar safe");
        await DosingForms.OrderAsync(maya, url, series.A.Id, "200");

        await DosingForms.RecordAsync(maya, url, series.A.Id, dose: "150", extra: Stock(willow));
        await DosingForms.RecordAsync(maya, url, series.A.Id, dose: "200", extra: Stock(willow));
        Assert.Equal(8_000, await BalanceAsync(willow));
        await DosingForms.RecordAsync(maya, url, series.A.Id, dose: "200", extra: Stock(cedar));
        Assert.Equal((10_000, 8_000), (await BalanceAsync(willow), await BalanceAsync(cedar)));

        var kinds = await app.InDatabaseAsync(db => db.RegisterEntries.Where(e => e.PracticeId == practice.PracticeId && e.DosingRecordId != null)
            .OrderBy(e => e.RecordedAt).ThenBy(e => e.Id).Select(e => new { e.Kind, e.Change, e.CorrectsEntryId }).ToListAsync());
        Assert.Equal([(RegisterEntryKind.Administration, -1_500L), (RegisterEntryKind.Correction, -500L), (RegisterEntryKind.Correction, 2_000L), (RegisterEntryKind.Administration, -2_000L)],
            kinds.Select(k => (k.Kind, k.Change)));
        Assert.All(kinds.Where(k => k.Kind == RegisterEntryKind.Correction), k => Assert.NotNull(k.CorrectsEntryId));
    }

    [Fact]
    public async Task A_dose_from_an_expired_lot_another_rooms_safe_no_lot_or_more_than_is_held_is_refused_and_writes_neither()
    {
        var (practice, maya, series, url) = await SharedSessionTodayAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K1987", "10", daysAgo: 30,
            expires: DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "1")).StatusCode);
        var expired = await app.BalanceIdAsync(practice, "K1987", "Willow safe");
        var last = await app.BalanceIdAsync(practice, "K2231", "Willow safe");
        await DosingForms.OrderAsync(maya, url, series.A.Id, "150");
        var before = await StateAsync(practice, series);

        var page = await maya.GetAsync(url);
        Assert.Null(page.Document.QuerySelector($"#stock-{series.A.Id} option[value='{expired}']"));
        Assert.Contains("Lot K1987 expired on", await (await DosingForms.RecordAsync(maya, url, series.A.Id, "150", extra: Stock(expired))).ErrorsAsync(), StringComparison.Ordinal);
        Assert.Contains("Choose the lot the dose was taken from.", await (await DosingForms.RecordAsync(maya, url, series.A.Id, "150", extra: new() { ["Record.StockId"] = "" })).ErrorsAsync(), StringComparison.Ordinal);
        Assert.Contains("Only 1 troche of lot K2231 are in Willow safe", await (await DosingForms.RecordAsync(maya, url, series.A.Id, "150", extra: Stock(last))).ErrorsAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync(practice, series));

        // The session is booked in a room with a safe of its own: the site's safes are not offered, nor taken when forged.
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K3000", "10", location: "Cedar safe")).StatusCode);
        var cedar = await app.BalanceIdAsync(practice, "K3000", "Cedar safe");
        await BookInRoomWithItsOwnSafeAsync(practice, maya, series);
        before = await StateAsync(practice, series);
        var booked = await maya.GetAsync(url);
        Assert.Null(booked.Document.QuerySelector($"#stock-{series.A.Id} option[value='{cedar}']"));
        Assert.Contains("is not kept for this room: choose a lot from Willow room safe", await (await DosingForms.RecordAsync(maya, url, series.A.Id, "150", extra: Stock(cedar))).ErrorsAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await StateAsync(practice, series));
    }

    [Fact]
    public async Task Two_doses_fired_together_at_the_last_troches_cannot_both_succeed()
    {
        var (practice, maya, series, url) = await SharedSessionTodayAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await app.ReceiveAsync(maya, practice, "K2231", "2")).StatusCode);
        var willow = await app.BalanceIdAsync(practice, "K2231", "Willow safe");
        await DosingForms.OrderAsync(maya, url, series.A.Id, "150");
        await DosingForms.OrderAsync(maya, url, series.B.Id, "150");

        // Two clinicians' windows, each showing 2 troches, each saving one partner's dose of 1.5 troches at once.
        var sam = await app.As(practice.Emails["sam"]);
        var windows = new[] { (Session: maya, Client: series.A.Id), (Session: sam, Client: series.B.Id) };
        var forms = new List<(string Target, List<KeyValuePair<string, string>> Fields)>();
        foreach (var (session, client) in windows)
        {
            forms.Add(PageSession.Fill(await session.GetAsync(url), url, $"#person-{client} form.record-form", new(Stock(willow))
            {
                ["Record.Fasted"] = "true", ["Record.DoseMg"] = "150", ["Record.GivenAt"] = "10:00", ["Record.WeightKg"] = "70",
            }));
        }

        var answers = await Task.WhenAll(windows.Select((w, i) => w.Session.PostAsync(forms[i].Target, forms[i].Fields)));
        Assert.Equal(1, answers.Count(a => a.StatusCode == HttpStatusCode.Redirect));
        Assert.Equal(500, await BalanceAsync(willow));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.DosingRecords.CountAsync(r => r.CaseId == series.CaseId && r.DoseMg != null)));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.RegisterEntries.CountAsync(e => e.PracticeId == practice.PracticeId && e.Kind == RegisterEntryKind.Administration)));
    }

    private static string First(TestClient client) => client.FullName.Split(' ')[0];

    private static Dictionary<string, string> Stock(Guid balance) => new() { ["Record.StockId"] = balance.ToString() };

    private Task<long> BalanceAsync(Guid balance) => app.InDatabaseAsync(db => db.StockBalances.Where(b => b.Id == balance).Select(b => b.Balance).SingleAsync());

    /// <summary>A couple's shared journey today in a practice that keeps its register here, with its dosing record started.</summary>
    private async Task<(SeededPractice Practice, PageSession Maya, SeriesCase Series, string Url)> SharedSessionTodayAsync()
    {
        var practice = await app.OwnPracticeAsync();
        var maya = await app.StockedAsync(practice);
        var series = await app.CoupleInSeriesAsync(practice);
        var shared = await app.OnDayAsync(series.First(SessionKind.SharedJourney));
        var url = $"/Dosing/{shared.Id}";
        Assert.Equal(HttpStatusCode.Redirect, (await maya.SubmitAsync(url, "form[action*=Setting]", new() { ["Setting.Room"] = "Willow room" })).StatusCode);
        await app.InDatabaseAsync(async db =>
        {
            var intake = await db.IntakeSubmissions.Where(s => s.ClientId == series.A.Id).SingleAsync();
            intake.AnswersJson = new IntakeAnswers { Address = "4 Elm Street, Portland OR 97205" }.ToJson();
            return await db.SaveChangesAsync();
        });
        return (practice, maya, series, url);
    }

    private async Task BookInRoomWithItsOwnSafeAsync(SeededPractice practice, PageSession maya, SeriesCase series)
    {
        var room = await app.InDatabaseAsync(db => db.Rooms.Where(r => r.PracticeId == practice.PracticeId && r.Name == "Willow room").Select(r => r.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await maya.SubmitAsync("/Register/Stock", "#add-location", new() { ["Location.Name"] = "Willow room safe", ["Location.RoomId"] = room.ToString() })).StatusCode);
        await app.InDatabaseAsync(async db =>
        {
            var session = series.First(SessionKind.SharedJourney);
            var at = DateTime.UtcNow;
            var clinician = await db.Users.Where(u => u.Email == practice.Emails["sam"]).Select(u => u.Id).SingleAsync();
            db.Appointments.Add(new Core.Scheduling.Appointment
            {
                PracticeId = practice.PracticeId, SeriesSessionId = session.Id, CaseId = series.CaseId, ClinicianId = clinician, RoomId = room, StartsAt = at, EndsAt = at.AddHours(3),
            });
            return await db.SaveChangesAsync();
        });
    }

    private Task<string> StateAsync(SeededPractice practice, SeriesCase series) => app.InDatabaseAsync(async db =>
    {
        var records = await db.DosingRecords.Where(r => r.CaseId == series.CaseId).OrderBy(r => r.Id).Select(r => $"{r.Id} {r.DoseMg} {r.LotNumber} {r.Version}").ToListAsync();
        return string.Join("\n", records) + "\n" + await app.RegisterRowsAsync(practice);
    });
}

[Collection(SqliteApp.Collection)]
public sealed class DoseStockTests_Sqlite(SqliteApp app) : DoseStockTests(app);

[Collection(PostgresApp.Collection)]
public sealed class DoseStockTests_Postgres(PostgresApp app) : DoseStockTests(app);

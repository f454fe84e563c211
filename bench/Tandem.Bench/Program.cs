using System.Diagnostics;
using System.Globalization;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Bench;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Web.Demo;

namespace Tandem.Bench;

internal static class Benchmarks
{
    public static async Task Main()
    {
        // Figures are ratios against baselines measured in the same run, so they compare across machines.
        var folder = Directory.CreateTempSubdirectory("tandem-bench-").FullName;
        BenchApp.LocateWebProject();
        await using var app = new BenchApp(folder);
        await app.MigrateAsync();
        SeededPractice demo;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            demo = await DemoPractice.SeedAsync(scope.ServiceProvider, "demo", "Demo Practice");
        }

        var client = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        await SignInAsync(client, demo.Emails["sam"]);

        Console.WriteLine("Tandem benchmarks (SQLite, in-process). Lower ratios are better.");
        var baseline = await TimeAsync(() => client.GetAsync("/Account/Login"), 200);
        Console.WriteLine($"baseline: sign-in page, no database work: {Ms(baseline)} per request");

        foreach (var cases in new[] { 100, 1000 })
        {
            await AddCasesAsync(app, demo, cases - await CountCasesAsync(app));
            app.Queries.Reset();
            await client.GetAsync("/Dashboard");
            var queries = app.Queries.Count;
            var dashboard = await TimeAsync(() => client.GetAsync("/Dashboard"), 30);
            Console.WriteLine($"dashboard with {cases,4} cases: {Ms(dashboard)} per request = {Ratio(dashboard, baseline)} the baseline; {queries} SQL commands");
        }

        var plainInsert = await TimeAsync(() => InsertNoteAsync(app, demo), 200);
        var auditedInsert = await TimeAsync(() => InsertNoteAsync(app, demo, audited: true), 200);
        Console.WriteLine($"baseline: one note saved without audit: {Ms(plainInsert)}");
        Console.WriteLine($"one note saved with its chained audit entry: {Ms(auditedInsert)} = {Ratio(auditedInsert, plainInsert)} the baseline");

        Directory.Delete(folder, recursive: true);
    }

    private static async Task SignInAsync(HttpClient client, string email)
    {
        var html = await client.GetStringAsync("/Account/Login");
        var token = new HtmlParser().ParseDocument(html).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var form = new FormUrlEncodedContent([new("Input.Email", email), new("Input.Password", DemoPractice.Password), new("__RequestVerificationToken", token)]);
        var response = await client.PostAsync("/Account/Login", form);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException("Could not sign in.");
        }
    }

    private static async Task<TimeSpan> TimeAsync(Func<Task> work, int repeats)
    {
        await work();
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < repeats; i++)
        {
            await work();
        }

        return watch.Elapsed / repeats;
    }

    private static string Ms(TimeSpan t) => $"{t.TotalMilliseconds.ToString("0.00", CultureInfo.InvariantCulture)} ms";

    private static string Ratio(TimeSpan t, TimeSpan baseline) => $"{(t / baseline).ToString("0.0", CultureInfo.InvariantCulture)}x";

    private static async Task<int> CountCasesAsync(BenchApp app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<TandemDbContext>().Cases.CountAsync();
    }

    private static async Task AddCasesAsync(BenchApp app, SeededPractice practice, int count)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();
        var sam = await db.Users.Where(u => u.Email == practice.Emails["sam"]).Select(u => u.Id).SingleAsync();
        var stages = new[] { CaseStage.Intake, CaseStage.MedicalReview, CaseStage.Preparation, CaseStage.DosingSeries, CaseStage.FollowUp };
        for (var i = 0; i < count; i++)
        {
            var client = new Client { PracticeId = practice.PracticeId, FirstName = "Bench", LastName = $"Client{i:0000}{Guid.NewGuid():N}"[..20], Email = $"{Guid.NewGuid():N}@bench.test" };
            var @case = new Case { PracticeId = practice.PracticeId, Name = client.FullName, Kind = CaseKind.Individual };
            @case.Open(stages[i % stages.Length], sam, "Bench", DateTime.UtcNow);
            @case.Participants.Add(new CaseParticipant { PracticeId = practice.PracticeId, ClientId = client.Id });
            @case.Team.Add(new CaseTeamMember { PracticeId = practice.PracticeId, StaffId = sam, IsLead = true, AddedById = sam });
            db.AddRange(client, @case);
        }

        await db.SaveChangesAsync();
    }

    private static async Task InsertNoteAsync(BenchApp app, SeededPractice practice, bool audited = false)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TandemDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var note = new CaseNote { PracticeId = practice.PracticeId, CaseId = practice.Cases["couple"], AuthorId = Guid.Empty, Text = "Bench note" };
        note.AuthorId = await db.CaseTeamMembers.Where(t => t.CaseId == note.CaseId && t.IsLead).Select(t => t.StaffId).FirstAsync();
        db.CaseNotes.Add(note);
        if (audited)
        {
            await scope.ServiceProvider.GetRequiredService<AuditLog>().AppendAsync(
                new AuditEntry(AuditCode.CaseNote_Added, practice.PracticeId, note.AuthorId, null, nameof(CaseNote), note.Id.ToString()));
        }
        else
        {
            await db.SaveChangesAsync();
        }

        await transaction.CommitAsync();
    }
}

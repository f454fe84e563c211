using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Data;
using Tandem.Web.Demo;

namespace Tandem.Web.LargePractice;

/// <summary>What was generated, counted back from the database, and the sign-ins to use it with.</summary>
internal static class LargePracticeSummary
{
    public static async Task WriteAsync(TandemDbContext db, Generation generation, TextWriter output, TimeSpan took)
    {
        var id = generation.PracticeId;
        var rows = new List<(string What, long Count)>
        {
            ("clients", await db.Clients.CountAsync(c => c.PracticeId == id)),
            ("clients in couples", await db.CaseParticipants.CountAsync(p => p.PracticeId == id && db.Cases.Any(c => c.PracticeId == id && c.Id == p.CaseId && c.Kind == CaseKind.Couple))),
            ("cases", await db.Cases.CountAsync(c => c.PracticeId == id)),
            ("planned sessions", await db.SeriesSessions.CountAsync(s => s.PracticeId == id)),
            ("signed dosing sessions", await db.DosingSessions.CountAsync(s => s.PracticeId == id)),
            ("dosing records", await db.DosingRecords.CountAsync(r => r.PracticeId == id)),
            ("vitals readings", await db.VitalsReadings.CountAsync(r => r.PracticeId == id)),
            ("integration sessions", await db.IntegrationSessions.CountAsync(s => s.PracticeId == id)),
            ("questionnaires", await db.QuestionnaireResponses.CountAsync(r => r.PracticeId == id)),
            ("questionnaires answered", await db.QuestionnaireResponses.CountAsync(r => r.PracticeId == id && r.SubmittedAt != null)),
            ("questionnaire item answers", generation.Tally.ItemAnswers),
            ("journal entries", await db.JournalEntries.CountAsync(e => e.PracticeId == id)),
            ("practice check-ins", await db.HomePracticeCheckIns.CountAsync(c => c.PracticeId == id)),
            ("repair episodes", await db.RepairEpisodes.CountAsync(e => e.PracticeId == id)),
            ("audit entries", await db.AuditEvents.CountAsync(e => e.PracticeId == id)),
        };
        await output.WriteLineAsync($"Generated the practice '{LargePracticeOptions.Slug}' in {took.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s:");
        foreach (var (what, count) in rows)
        {
            await output.WriteLineAsync($"  {what,-28} {count.ToString("N0", CultureInfo.InvariantCulture),12}");
        }

        var stages = await db.Cases.Where(c => c.PracticeId == id).GroupBy(c => c.Stage).Select(g => new { Stage = g.Key, Count = g.Count() }).ToListAsync();
        await output.WriteLineAsync("  cases by stage: " + string.Join(", ", stages.OrderBy(s => s.Stage).Select(s => $"{s.Stage} {s.Count}")));
        await output.WriteLineAsync($"Every login uses the password {DemoPractice.Password}:");
        foreach (var staff in generation.Staff.Everyone)
        {
            await output.WriteLineAsync($"  {staff.Email,-34} {staff.Name}, {staff.Who}");
        }

        var couple = await db.Cases.Where(c => c.PracticeId == id && c.Kind == CaseKind.Couple).OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
        var clients = await db.CaseParticipants.Where(p => p.PracticeId == id && p.CaseId == couple).Join(db.Clients, p => new { p.PracticeId, Id = p.ClientId }, c => new { c.PracticeId, c.Id }, (_, c) => c.Email).OrderBy(e => e).ToListAsync();
        foreach (var email in clients)
        {
            await output.WriteLineAsync($"  {email,-34} a client in a couple");
        }
    }
}

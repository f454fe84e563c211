using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Dosing;
using Tandem.Core.Integration;
using Tandem.Core.Practices;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Core;

namespace Tandem.Web.Demo;

/// <summary>
/// The demo couple's series: planned three weeks ago, its first three weekly steps dosed, signed and integrated, each
/// signed record in the audit log as if it had been signed in the app. Step 4's sessions, yesterday's and today's, are
/// booked with the lead in a room, so the clinician's agenda has today's session. Individual courses that ended run
/// whole.
/// </summary>
internal sealed class DemoSeries(TandemDbContext db, AuditLog audit, Practice practice, DateTime now)
{
    private readonly List<AuditEntry> signed = [];

    public async Task PlanAndRunFirstStepsAsync(Guid caseId, Guid[] people, Guid clinician, Guid prescriber)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(practice.TimeZoneId);
        var today = now.DayIn(zone);
        var rules = new SeriesRules();

        // Steps 1–3 are done and signed; step 4, yesterday's shared journey, waits to be written up, and its joint
        // integration is today: the demo's clinician has a record to finish and a session to hold.
        var start = today.AddDays(-1 - (3 * rules.CadenceDays) - rules.FirstDoseOffsetDays);
        var series = DosingSeries.Plan(practice.Id, caseId, CaseKind.Couple, people, 8, start, rules);
        series.StartedAt = TimeZoneInfo.ConvertTimeToUtc(start.AddDays(-1).ToDateTime(new TimeOnly(12, 0)), zone);
        db.Series.Add(series);
        var library = await LibraryAsync();
        foreach (var session in series.Sessions.Where(s => s.Step <= 3))
        {
            Run(session, people, library, zone, clinician, prescriber);
        }

        var willow = await db.Rooms.Where(r => r.PracticeId == practice.Id && r.Name == "Willow room").Select(r => r.Id).FirstAsync();
        foreach (var session in series.Sessions.Where(s => s.Step == 4))
        {
            var at = TimeZoneInfo.ConvertTimeToUtc(session.Date.ToDateTime(new TimeOnly(session.IsDosingKind() ? 10 : 14, 0)), zone);
            var appointment = new Core.Scheduling.Appointment
            {
                PracticeId = practice.Id, SeriesSessionId = session.Id, CaseId = caseId, ClinicianId = clinician, RoomId = willow,
                StartsAt = at, EndsAt = at.AddMinutes(session.IsDosingKind() ? 180 : 60),
            };
            appointment.Reserve();
            db.Appointments.Add(appointment);
        }

        await SaveAndSignAsync();
    }

    /// <summary>An individual's whole course, every dosing session given and every integration signed.</summary>
    public async Task<DosingSeries> PlanAndRunAllAsync(Guid caseId, Guid client, DateOnly start, int doses, Guid clinician, Guid prescriber)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(practice.TimeZoneId);
        var series = DosingSeries.Plan(practice.Id, caseId, CaseKind.Individual, [client], doses, start, new SeriesRules());
        series.StartedAt = TimeZoneInfo.ConvertTimeToUtc(start.AddDays(-1).ToDateTime(new TimeOnly(12, 0)), zone);
        db.Series.Add(series);
        var library = await LibraryAsync();
        foreach (var session in series.Sessions)
        {
            Run(session, [client], library, zone, clinician, prescriber);
        }

        await SaveAndSignAsync();
        return series;
    }

    private async Task SaveAndSignAsync()
    {
        await db.SaveChangesAsync();
        foreach (var entry in signed)
        {
            await audit.SaveWithAsync(entry);
        }

        signed.Clear();
    }

    private Task<List<HomePractice>> LibraryAsync() => db.HomePractices.Where(p => p.PracticeId == practice.Id).OrderBy(p => p.SortOrder).ToListAsync();

    private void Run(SeriesSession session, Guid[] people, List<HomePractice> library, TimeZoneInfo zone, Guid clinician, Guid prescriber)
    {
        var at = TimeZoneInfo.ConvertTimeToUtc(session.Date.ToDateTime(new TimeOnly(10, 0)), zone);
        if (session.IsDosingKind())
        {
            Dose(session, session.PersonClientId is { } p ? [p] : people, at, prescriber, clinician);
            return;
        }

        var integration = new IntegrationSession
        {
            PracticeId = practice.Id, SeriesSessionId = session.Id, CaseId = session.CaseId, ClientId = session.PersonClientId,
            ClinicianNotes = "Worked with the image of the closed door from the journey.",
            SharedInsights = session.PersonClientId is null
                ? "You both noticed the moment the voice rises and chose to pause together. Keep naming the fear underneath."
                : "The urge to withdraw came with a memory of being unheard. It protected you once; you can choose differently now.",
            SignedById = clinician, SignedAt = at.AddHours(2),
        };
        var given = session.PersonClientId is null ? library.Where(l => l.SortOrder is 1 or 4) : library.Where(l => l.SortOrder == 6);
        foreach (var (practiceItem, person) in given.SelectMany(l => (session.PersonClientId is { } p ? [p] : people).Select(p => (l, p))))
        {
            integration.Practices.Add(new PracticeAssignment
            {
                PracticeId = practice.Id, IntegrationSessionId = integration.Id, CaseId = session.CaseId, ClientId = person, HomePracticeId = practiceItem.Id, AssignedAt = at,
            });
        }

        db.IntegrationSessions.Add(integration);
        signed.Add(new AuditEntry(AuditCode.IntegrationSession_Signed, practice.Id, clinician, session.PersonClientId, nameof(IntegrationSession), integration.Id.ToString()));
    }

    private void Dose(SeriesSession session, IEnumerable<Guid> people, DateTime given, Guid prescriber, Guid clinician)
    {
        var shared = session.Kind == SessionKind.SharedJourney;
        var record = new DosingSession
        {
            PracticeId = practice.Id, SeriesSessionId = session.Id, CaseId = session.CaseId, Room = "Willow room", Eyeshades = !shared,
            Playlist = shared ? "Quiet conversation" : "Journey (East Forest)", Observations = shared ? "Talked about the kitchen argument with warmth." : "Settled quickly; tearful around 40 minutes.",
            SignedById = clinician, SignedAt = given.AddHours(3),
        };
        var mg = shared ? 100m : 200m;
        foreach (var person in people)
        {
            db.DoseOrders.Add(new DoseOrder { PracticeId = practice.Id, SeriesSessionId = session.Id, CaseId = session.CaseId, ClientId = person, Mg = mg, PrescriberId = prescriber, OrderedAt = given.AddDays(-2) });
            var r = new DosingRecord
            {
                PracticeId = practice.Id, DosingSessionId = record.Id, CaseId = session.CaseId, ClientId = person, Fasted = true, NoAlcoholOrBenzodiazepines = true,
                EscortName = "A friend", EscortPhone = "+1 555 0150", LotNumber = "K-2611", WeightKg = 72m, DoseMg = mg, GivenAt = given,
                AlertAndOriented = true, SteadyWalking = true, VitalsNearBaseline = true, EscortPresent = true, NoDrivingToday = true, DischargedAt = given.AddMinutes(150),
            };
            foreach (var (minutes, sys, dia, hr) in new[] { (-10, 126, 80, 72), (40, 138, 86, 80), (145, 124, 79, 70) })
            {
                r.Vitals.Add(new VitalsReading { PracticeId = practice.Id, DosingRecordId = r.Id, At = given.AddMinutes(minutes), Systolic = sys, Diastolic = dia, HeartRate = hr, SpO2 = 98 });
            }

            record.Records.Add(r);
            signed.Add(new AuditEntry(AuditCode.DosingRecord_Changed, practice.Id, clinician, person, nameof(DosingRecord), r.Id.ToString()));
        }

        db.DosingSessions.Add(record);
        signed.Add(new AuditEntry(AuditCode.DosingSession_Signed, practice.Id, clinician, null, nameof(DosingSession), record.Id.ToString()));
    }
}

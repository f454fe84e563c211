using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Dosing;
using Tandem.Core.Integration;
using Tandem.Core.Treatment;

namespace Tandem.Web.LargePractice;

/// <summary>A practice given to a client at an integration session, and the days they could check in on it.</summary>
internal sealed record GivenPractice(Guid CaseId, Guid ClientId, Guid HomePracticeId, DateOnly From, DateOnly Until);

/// <summary>
/// The case's series: planned, each session held before today dosed or integrated and signed, and for a case paused or
/// withdrawn part-way the sessions after that day cancelled.
/// </summary>
internal sealed class SeriesWriter(Generation generation)
{
    private static readonly SeriesRules Rules = new();

    public (DosingSeries? Series, List<GivenPractice> Given) Write(GeneratedCase generated)
    {
        var story = generated.Story;
        if (!story.Reached(CaseStage.DosingSeries))
        {
            return (null, []);
        }

        Guid[] people = [.. generated.People.Select(p => p.Id)];
        var series = DosingSeries.Plan(generation.PracticeId, generated.Case.Id, story.Kind, people, story.DosesPerPerson, story.SeriesStart, Rules);
        series.StartedAt = story.SeriesStart.AddDays(-1).ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        generation.Db.Series.Add(series);
        generation.Audit(AuditCode.Series_Planned, generated.Lead.Id, null, nameof(DosingSeries), series.Id);
        var held = story.LastActive < generation.Today ? story.LastActive : generation.Today;
        var doses = people.ToDictionary(p => p, _ => (decimal)generation.Random.Int(6, 8) * 25);
        var weights = people.ToDictionary(p => p, _ => (decimal)generation.Random.Int(50, 110));
        var given = new List<GivenPractice>();
        foreach (var session in series.Sessions)
        {
            if (session.Date > held)
            {
                session.Cancelled = story.StoppedBecause is not null;
                session.CancelReason = story.StoppedBecause;
            }
            else if (session.IsDosingKind())
            {
                var persons = session.PersonClientId is { } one ? [one] : people;
                Dose(generated, session, persons, doses, weights);
                foreach (var person in persons.Where(_ => session.Kind == SessionKind.IndividualJourney))
                {
                    doses[person] = Math.Min(300m, doses[person] + (generation.Random.Bool(0.6f) ? 25m : 0m));
                }
            }
            else
            {
                var until = series.Sessions.Where(s => s.Date > session.Date && !s.IsDosingKind() && s.PersonClientId == session.PersonClientId)
                    .Select(s => s.Date).DefaultIfEmpty(session.Date.AddDays(14)).Min();
                given.AddRange(Integrate(generated, session, session.PersonClientId is { } one ? [one] : people, until < held ? until : held));
            }
        }

        return (series, given);
    }

    private void Dose(GeneratedCase generated, SeriesSession session, IReadOnlyList<Guid> people, Dictionary<Guid, decimal> doses, Dictionary<Guid, decimal> weights)
    {
        var random = generation.Random;
        var shared = session.Kind == SessionKind.SharedJourney;
        var given = generation.At(session.Date, 10, random.Int(0, 20));
        var record = new DosingSession
        {
            PracticeId = generation.PracticeId, SeriesSessionId = session.Id, CaseId = session.CaseId, Room = random.ListItem(generation.Rooms.ToList()),
            Eyeshades = !shared, Playlist = random.ArrayElement(shared ? ClinicPhrases.SharedPlaylists : ClinicPhrases.Playlists),
            Observations = random.ArrayElement(shared ? ClinicPhrases.SharedObservations : ClinicPhrases.Observations),
        };
        record.Sign(generated.Lead.Id, generation.At(session.Date, 13, random.Int(0, 59)));
        foreach (var person in people)
        {
            var mg = shared ? random.Int(3, 5) * 25m : doses[person];
            var order = new DoseOrder
            {
                PracticeId = generation.PracticeId, SeriesSessionId = session.Id, CaseId = session.CaseId, ClientId = person, Mg = mg,
                PrescriberId = generated.Prescriber.Id, OrderedAt = generation.At(session.Date.AddDays(-2), 16),
            };
            generation.Db.DoseOrders.Add(order);
            generation.Audit(AuditCode.DoseOrder_Written, generated.Prescriber.Id, person, nameof(DoseOrder), order.Id);
            var dosing = new DosingRecord
            {
                PracticeId = generation.PracticeId, DosingSessionId = record.Id, CaseId = session.CaseId, ClientId = person, Fasted = true,
                NoAlcoholOrBenzodiazepines = true, EscortName = generation.Faker.Name.FullName(), EscortPhone = generation.Faker.Phone.PhoneNumber("+1 ###-###-####"),
                LotNumber = $"K-{random.Int(1000, 9999)}", WeightKg = weights[person], DoseMg = mg, GivenAt = given, ProtocolNumber = 0,
                AlertAndOriented = true, SteadyWalking = true, VitalsNearBaseline = true, EscortPresent = true, NoDrivingToday = true,
                DischargedAt = given.AddMinutes(random.Int(120, 180)),
            };
            Vitals(dosing, given);
            if (random.Bool(0.06f))
            {
                dosing.AdverseEvents.Add(new AdverseEvent
                {
                    PracticeId = generation.PracticeId, DosingRecordId = dosing.Id, Kind = AdverseEventKind.Nausea, Severity = Severity.Mild,
                    Description = "Mild nausea at the peak", Action = "Ondansetron 4 mg; settled within 20 minutes", At = given.AddMinutes(35),
                });
            }

            record.Records.Add(dosing);
            generation.Audit(AuditCode.DosingRecord_Changed, generated.Lead.Id, person, nameof(DosingRecord), dosing.Id);
        }

        generation.Db.DosingSessions.Add(record);
        generation.Audit(AuditCode.DosingSession_Signed, generated.Lead.Id, null, nameof(DosingSession), record.Id);
    }

    private void Vitals(DosingRecord dosing, DateTime given)
    {
        var random = generation.Random;
        var (systolic, diastolic, heart) = (random.Int(108, 134), random.Int(68, 84), random.Int(58, 80));
        foreach (var (minutes, rise) in new[] { (-10, 0), (40, random.Int(6, 18)), (140, random.Int(0, 4)) })
        {
            dosing.Vitals.Add(new VitalsReading
            {
                PracticeId = generation.PracticeId, DosingRecordId = dosing.Id, At = given.AddMinutes(minutes), Systolic = systolic + rise,
                Diastolic = diastolic + (rise / 2), HeartRate = heart + (rise / 2), SpO2 = random.Int(96, 99),
            });
        }
    }

    private List<GivenPractice> Integrate(GeneratedCase generated, SeriesSession session, IReadOnlyList<Guid> people, DateOnly until)
    {
        var random = generation.Random;
        var at = generation.At(session.Date, 11, random.Int(0, 59));
        var integration = new IntegrationSession
        {
            PracticeId = generation.PracticeId, SeriesSessionId = session.Id, CaseId = session.CaseId, ClientId = session.PersonClientId,
            ClinicianNotes = random.ArrayElement(ClinicPhrases.ClinicianNotes),
            SharedInsights = random.ArrayElement(session.PersonClientId is null ? ClinicPhrases.JointInsights : ClinicPhrases.Insights),
            SignedById = generated.Lead.Id, SignedAt = at.AddHours(2),
        };
        var library = session.PersonClientId is null ? generation.Library.Take(5).ToList() : generation.Library.ToList();
        var practices = random.ListItems(library, random.Int(1, 2));
        var given = new List<GivenPractice>();
        foreach (var person in people)
        {
            foreach (var practice in practices)
            {
                integration.Practices.Add(new PracticeAssignment
                {
                    PracticeId = generation.PracticeId, IntegrationSessionId = integration.Id, CaseId = session.CaseId, ClientId = person,
                    HomePracticeId = practice.Id, AssignedAt = at,
                });
                given.Add(new(session.CaseId, person, practice.Id, session.Date, until));
            }
        }

        generation.Db.IntegrationSessions.Add(integration);
        generation.Audit(AuditCode.IntegrationSession_Signed, generated.Lead.Id, session.PersonClientId, nameof(IntegrationSession), integration.Id);
        return given;
    }
}

using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Dosing;
using Tandem.Core.Integration;
using Tandem.Core.Journal;
using Tandem.Core.Preparation;
using Tandem.Core.RippleMap;
using Tandem.Core.Sharing;
using Tandem.Core.Treatment;
using Tandem.Web.Tests.Infrastructure;
using Task = System.Threading.Tasks.Task;

namespace Tandem.Web.Tests.Records;

/// <summary>A couple's material, each piece marked, for checking what each kind of export holds.</summary>
internal static class BothPartners
{
    /// <summary>
    /// Each partner's journal, intentions, relationship maps and dose in a signed shared journey, a joint integration with
    /// the team's notes, and a case note; A's entry and map shared with the clinician alone. What each export may hold is marked with the tag.
    /// </summary>
    public static async Task WriteBothPartnersAsync(this TandemApp app, SeriesCase series, string tag)
    {
        var shared = await app.OnDayAsync(series.First(SessionKind.SharedJourney), -3);
        var joint = await app.OnDayAsync(series.First(SessionKind.JointIntegration), -2);
        await app.InDatabaseAsync(async db =>
        {
            var (p, a, b, caseId) = (app.Demo.PracticeId, series.A.Id, series.B.Id, series.CaseId);
            var sam = await db.Users.Where(u => u.Email == app.Demo.Emails["sam"]).Select(u => u.Id).SingleAsync();
            var now = app.Clock.GetUtcNow().UtcDateTime;
            void Journal(Guid author, string body, Visibility visibility)
            {
                var entry = new JournalEntry { PracticeId = p, AuthorClientId = author, Body = body, WrittenAt = now.AddDays(-1) };
                db.JournalEntries.Add(entry);
                if (visibility != Visibility.OnlyMe)
                {
                    db.Shares.Add(new Share { PracticeId = p, OwnerClientId = author, Kind = MaterialKind.JournalEntry, ItemId = entry.Id, CaseId = caseId, Audience = visibility, SharedAt = now });
                }
            }

            Journal(a, $"a-journal-{tag}", Visibility.OnlyMe);
            Journal(a, $"a-clinician-journal-{tag}", Visibility.MeAndMyClinician);
            Journal(b, $"b-private-journal-{tag}", Visibility.OnlyMe);
            Journal(b, $"b-shared-journal-{tag}", Visibility.MyPartnerAndMyClinician);
            db.Intentions.Add(new Intention { PracticeId = p, AuthorClientId = a, Text = $"a-intention-{tag}" });
            var theirs = new Intention { PracticeId = p, AuthorClientId = b, Text = $"b-clinician-intention-{tag}" };
            db.Intentions.Add(theirs);
            db.Shares.Add(new Share { PracticeId = p, OwnerClientId = b, Kind = MaterialKind.Intention, ItemId = theirs.Id, CaseId = caseId, Audience = Visibility.MeAndMyClinician, SharedAt = now });

            var dosing = new DosingSession { PracticeId = p, SeriesSessionId = shared.Id, CaseId = caseId, Observations = $"observation-{tag}", SignedById = sam, SignedAt = now.AddDays(-3) };
            var mine = new DosingRecord { PracticeId = p, DosingSessionId = dosing.Id, CaseId = caseId, ClientId = a, DoseMg = 123.45m, WeightKg = 70, LotNumber = $"LOT-A-{tag}", GivenAt = now.AddDays(-3) };
            mine.Vitals.Add(new VitalsReading { PracticeId = p, DosingRecordId = mine.Id, At = now.AddDays(-3), Systolic = 121, Diastolic = 79, HeartRate = 66, SpO2 = 98 });
            var partners = new DosingRecord { PracticeId = p, DosingSessionId = dosing.Id, CaseId = caseId, ClientId = b, DoseMg = 98.76m, WeightKg = 80, LotNumber = $"LOT-B-{tag}", GivenAt = now.AddDays(-3) };
            partners.Vitals.Add(new VitalsReading { PracticeId = p, DosingRecordId = partners.Id, At = now.AddDays(-3), Systolic = 187, Diastolic = 113, HeartRate = 144, SpO2 = 91 });
            dosing.Records.AddRange([mine, partners]);
            db.DosingSessions.Add(dosing);

            var integration = new IntegrationSession
            {
                PracticeId = p, SeriesSessionId = joint.Id, CaseId = caseId, SharedInsights = $"a-insight-{tag}", ClinicianNotes = $"team-note-{tag}", SignedById = sam, SignedAt = now.AddDays(-2),
            };
            var practice = await db.HomePractices.Where(h => h.PracticeId == p && h.IsActive).OrderBy(h => h.SortOrder).FirstAsync();
            integration.Practices.Add(new PracticeAssignment { PracticeId = p, IntegrationSessionId = integration.Id, CaseId = caseId, ClientId = a, HomePracticeId = practice.Id, AssignedAt = now.AddDays(-2) });
            db.IntegrationSessions.Add(integration);
            db.CaseNotes.Add(new CaseNote { PracticeId = p, CaseId = caseId, AuthorId = sam, Text = $"case-note-{tag}" });

            void Map(Guid owner, string label, Visibility visibility)
            {
                var snapshot = new MapSnapshot { PracticeId = p, ClientId = owner, DrawnAt = now.AddDays(-4) };
                snapshot.People.Add(new MapPerson
                {
                    PracticeId = p, SnapshotId = snapshot.Id, PersonId = Guid.NewGuid(), Label = label, Relationship = Relationship.Sibling, Ring = Ring.Inner,
                    Closeness = 6, Feeling = Feeling.Supportive,
                });
                db.MapSnapshots.Add(snapshot);
                if (visibility != Visibility.OnlyMe)
                {
                    db.Shares.Add(new Share { PracticeId = p, OwnerClientId = owner, Kind = MaterialKind.MapSnapshot, ItemId = snapshot.Id, CaseId = caseId, Audience = visibility, SharedAt = now });
                }
            }

            Map(a, $"a-map-{tag}", Visibility.OnlyMe);
            Map(a, $"a-clinician-map-{tag}", Visibility.MeAndMyClinician);
            Map(b, $"b-private-map-{tag}", Visibility.OnlyMe);
            Map(b, $"b-shared-map-{tag}", Visibility.MyPartnerAndMyClinician);
            return await db.SaveChangesAsync();
        });
    }
}

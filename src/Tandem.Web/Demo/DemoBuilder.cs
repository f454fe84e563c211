using Microsoft.AspNetCore.Identity;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core;
using Tandem.Core.Clients;
using Tandem.Core.Consultations;
using Tandem.Core.Practices;
using Tandem.Core.Scheduling;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Data.Identity;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Demo;

/// <summary>The demo practice's people and cases, each case walked through its real stage moves.</summary>
internal sealed class DemoBuilder(IServiceProvider services, Practice practice, string slug)
{
    private readonly TandemDbContext db = services.GetRequiredService<TandemDbContext>();
    private readonly UserManager<TandemUser> users = services.GetRequiredService<UserManager<TandemUser>>();
    private readonly AuditLog audit = services.GetRequiredService<AuditLog>();
    private readonly DateTime now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

    public SeededPractice Result { get; } = new() { PracticeId = practice.Id };

    public async Task SeedPeopleAndCasesAsync(bool withRegister)
    {
        var intake = new DemoIntake(db, practice, now);
        await intake.SeedPracticeTextsAsync();
        await StaffAsync("admin", "Riley Park", "practice admin", Roles.PracticeAdmin);
        var maya = await StaffAsync("maya", "Dr. Maya Okafor", "prescriber (and clinician)", Roles.Clinician, Roles.Prescriber);
        await AuthenticatorAsync(maya);
        var sam = await StaffAsync("sam", "Sam Lindqvist", "clinician", Roles.Clinician);
        var register = withRegister ? new DemoRegister(db, audit, practice, now) : null;
        if (register is not null)
        {
            await register.StockAsync(maya, (sam, "Sam Lindqvist"));
        }

        var jordan = await ClientAsync("jordan", "Jordan", "Ellis", withLogin: true);
        var alex = await ClientAsync("alex", "Alex", "Moreno", withLogin: true);
        await CaseAsync("couple", "Jordan Ellis & Alex Moreno", CaseKind.Couple, [jordan, alex], sam, maya, weeksAgo: 14,
            CaseStage.ConsultationHeld, CaseStage.Intake, CaseStage.MedicalReview, CaseStage.Preparation, CaseStage.DosingSeries);
        await NoteAsync("couple", sam, "Both named the same hot spot: plans changed at short notice, then one withdraws and the other pursues.");
        await intake.CompletedAsync(Result.Cases["couple"], CaseKind.Couple, (jordan.Id, jordan.FullName), "", maya);
        await intake.CompletedAsync(Result.Cases["couple"], CaseKind.Couple, (alex.Id, alex.FullName), "", maya);
        await new DemoSeries(db, audit, practice, now).PlanAndRunFirstStepsAsync(Result.Cases["couple"], [jordan.Id, alex.Id], sam, maya);
        if (register is not null)
        {
            await register.GiveAsync();
            await register.SaveAsync();
        }
        await new DemoPreparation(db, practice, now).WriteAsync(Result.Cases["couple"], jordan.Id, alex.Id);
        await new DemoBetweenSessions(db, practice, now).LogAsync(Result.Cases["couple"], jordan.Id, alex.Id);
        await new DemoMeasures(db, practice, now).CoupleAsync(Result.Cases["couple"], jordan.Id, alex.Id);
        await new DemoRippleMap(db, practice, now).CoupleAsync(Result.Cases["couple"], jordan.Id, alex.Id);
        await NoteAsync("couple", sam, "After the first shared journey they slowed down mid-argument and named the fear underneath. Practising repair over rupture.");

        var priya = await ClientAsync("priya", "Priya", "Nair", withLogin: true);
        await CaseAsync("priya", "Priya Nair", CaseKind.Individual, [priya], sam, maya, weeksAgo: 6,
            CaseStage.ConsultationHeld, CaseStage.Intake, CaseStage.MedicalReview, CaseStage.Preparation);
        await intake.CompletedAsync(Result.Cases["priya"], CaseKind.Individual, (priya.Id, priya.FullName), "", maya);

        var tom = await ClientAsync("tom", "Tom", "Becker", withLogin: true);
        await CaseAsync("tom", "Tom Becker", CaseKind.Individual, [tom], sam, maya, weeksAgo: 30,
            CaseStage.ConsultationHeld, CaseStage.Intake, CaseStage.MedicalReview, CaseStage.Preparation, CaseStage.DosingSeries,
            CaseStage.Completed, CaseStage.FollowUp);
        var today = now.DayIn(TimeZoneInfo.FindSystemTimeZoneById(practice.TimeZoneId));
        var tomsSeries = await new DemoSeries(db, audit, practice, now).PlanAndRunAllAsync(Result.Cases["tom"], tom.Id, today.AddDays(-20 * 7), 6, sam, maya);
        await new DemoMeasures(db, practice, now).CourseAsync(Result.Cases["tom"], tom.Id, tomsSeries, [19, 17, 15, 12, 10, 9, 7, 6, 5, 4], [15, 14, 12, 11, 9, 8, 7, 6, 5, 5]);
        await new DemoRippleMap(db, practice, now).TomAsync(Result.Cases["tom"], tom.Id, tomsSeries);
        foreach (var course in DemoPastCourses.All)
        {
            var client = await ClientAsync(course.Key, course.First, course.Last, withLogin: false);
            await CaseAsync(course.Key, client.FullName, CaseKind.Individual, [client], sam, maya, weeksAgo: DemoPastCourses.StartedWeeksAgo + 8,
                CaseStage.ConsultationHeld, CaseStage.Intake, CaseStage.MedicalReview, CaseStage.Preparation, CaseStage.DosingSeries,
                CaseStage.Completed, CaseStage.FollowUp, CaseStage.Closed);
            await intake.CompletedAsync(Result.Cases[course.Key], CaseKind.Individual, (client.Id, client.FullName), "", maya);
            var series = await new DemoSeries(db, audit, practice, now)
                .PlanAndRunAllAsync(Result.Cases[course.Key], client.Id, today.AddDays(-7 * DemoPastCourses.StartedWeeksAgo), DemoPastCourses.Doses, sam, maya);
            await new DemoMeasures(db, practice, now).CourseAsync(Result.Cases[course.Key], client.Id, series, course.Phq, course.Gad);
            await new DemoRippleMap(db, practice, now).CourseAsync(Result.Cases[course.Key], client.Id, series, course.People);
        }

        var lena = await ClientAsync("lena", "Lena", "Fischer", withLogin: false);
        await CaseAsync("lena", "Lena Fischer", CaseKind.Individual, [lena], sam, null, weeksAgo: 2, CaseStage.ConsultationHeld, CaseStage.Intake);

        var sasha = await ClientAsync("sasha", "Sasha", "Reyes", withLogin: true);
        var mika = await ClientAsync("mika", "Mika", "Reyes", withLogin: true);
        await CaseAsync("reyes", "Sasha Reyes & Mika Reyes", CaseKind.Couple, [sasha, mika], sam, maya, weeksAgo: 1,
            CaseStage.ConsultationHeld, CaseStage.Intake);

        await HoursAsync(sam, (DayOfWeek.Tuesday, new(9, 0), new(12, 0), 20), (DayOfWeek.Thursday, new(13, 0), new(15, 0), 20));
        await HoursAsync(maya, (DayOfWeek.Wednesday, new(10, 0), new(12, 0), 30));
        WorkingWeek(sam, maya);
        await ProspectWithCallAsync("chris", sam, new Prospect
        {
            PracticeId = practice.Id, Kind = CaseKind.Individual, FirstName = "Chris", LastName = "Adeyemi", Email = $"chris@{slug}.tandem.test",
            Hopes = "Years of talk therapy helped me understand my depression, but I still feel stuck. A friend told me about KAP.",
        });

        var dana = await ClientAsync("dana", "Dana", "Whitfield", withLogin: true);
        await CaseAsync("dana", "Dana Whitfield", CaseKind.Individual, [dana], maya, null, weeksAgo: 4,
            CaseStage.ConsultationHeld, CaseStage.Intake, CaseStage.MedicalReview);
        await intake.CompletedAsync(Result.Cases["dana"], CaseKind.Individual, (dana.Id, dana.FullName), "Uncontrolled high blood pressure or heart disease", null);
        await NoteAsync("dana", maya, "Blood pressure history to discuss at review; asked for the GP's last reading.");
    }

    private async Task HoursAsync(Guid clinician, params (DayOfWeek Day, TimeOnly Start, TimeOnly End, int Minutes)[] week)
    {
        db.ConsultationHours.AddRange(week.Select(w => new ConsultationHours
        {
            PracticeId = practice.Id, ClinicianId = clinician, Day = w.Day, Start = w.Start, End = w.End, SlotMinutes = w.Minutes,
        }));
        await db.SaveChangesAsync();
    }

    /// <summary>Both clinicians hold sessions Monday to Friday, 9:00 to 17:00; the practice closes between Christmas Eve and New Year's Day.</summary>
    private void WorkingWeek(params Guid[] clinicians)
    {
        DayOfWeek[] weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        db.SessionHours.AddRange(clinicians.SelectMany(c => weekdays.Select(d => new SessionHours
        {
            PracticeId = practice.Id, ClinicianId = c, Day = d, Start = new(9, 0), End = new(17, 0),
        })));
        var year = DateOnly.FromDateTime(now).Year;
        db.Closures.Add(new Closure { PracticeId = practice.Id, Name = "Winter holidays", FirstDay = new(year, 12, 24), LastDay = new(year + 1, 1, 1) });
    }

    /// <summary>A visitor's booking, as the public page makes it: the second open call of the clinician's week.</summary>
    private async Task ProspectWithCallAsync(string key, Guid clinician, Prospect prospect)
    {
        var hours = db.ConsultationHours.Local.Where(h => h.ClinicianId == clinician);
        var slot = ConsultationSlots.Open(hours, [], [], [], TimeZoneInfo.FindSystemTimeZoneById(practice.TimeZoneId), now, 14)[1];
        var @case = new Case { PracticeId = practice.Id, Name = prospect.CaseName, Kind = prospect.Kind };
        @case.Open(CaseStage.ConsultationBooked, null, "Free consultation booked online", now);
        @case.Team.Add(new CaseTeamMember { PracticeId = practice.Id, StaffId = clinician, IsLead = true, AddedById = clinician });
        var booking = new ConsultationBooking
        {
            PracticeId = practice.Id, ClinicianId = clinician, StartsAt = slot.StartUtc, EndsAt = slot.EndUtc,
            ProspectId = prospect.Id, CaseId = @case.Id, ManageTokenHash = SecretTokens.Hash(SecretTokens.New()),
        };
        booking.Reserve();
        db.AddRange(prospect, @case, booking);
        await audit.SaveWithAsync(new AuditEntry(AuditCode.ConsultationBooking_Created, practice.Id, null, null, nameof(ConsultationBooking), booking.Id.ToString()));
        Result.Cases[key] = @case.Id;
    }

    private async Task<Guid> StaffAsync(string key, string name, string who, params string[] roles)
    {
        var user = await UserAsync(key, name, who);
        foreach (var role in roles)
        {
            Check(await users.AddToRoleAsync(user, role));
        }

        return user.Id;
    }

    /// <summary>Two-factor sign-in with the demo key, as if the person had set up an app with it.</summary>
    private async Task AuthenticatorAsync(Guid userId)
    {
        var user = await users.FindByIdAsync(userId.ToString()) ?? throw new InvalidOperationException("The demo login is missing.");
        var keys = (IUserAuthenticatorKeyStore<TandemUser>)services.GetRequiredService<IUserStore<TandemUser>>();
        await keys.SetAuthenticatorKeyAsync(user, DemoPractice.AuthenticatorKey, CancellationToken.None);
        Check(await users.SetTwoFactorEnabledAsync(user, true));
    }

    private async Task<TandemUser> UserAsync(string key, string name, string who)
    {
        var email = $"{key}@{slug}.tandem.test";
        var user = new TandemUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, PracticeId = practice.Id };
        Check(await users.CreateAsync(user, DemoPractice.Password));
        Result.Logins.Add((email, $"{name}, {who}"));
        Result.Emails[key] = email;
        return user;
    }

    private async Task<Client> ClientAsync(string key, string first, string last, bool withLogin)
    {
        var client = new Client { PracticeId = practice.Id, FirstName = first, LastName = last, Email = $"{key}@{slug}.tandem.test" };
        if (withLogin)
        {
            var user = await UserAsync(key, $"{first} {last}", "client");
            Check(await users.AddToRoleAsync(user, Roles.Client));
            client.UserId = user.Id;
        }

        db.Clients.Add(client);
        await db.SaveChangesAsync();
        Result.Clients[key] = client.Id;
        return client;
    }

    private async Task CaseAsync(string key, string name, CaseKind kind, Client[] clients, Guid lead, Guid? prescriber, int weeksAgo, params CaseStage[] path)
    {
        var @case = new Case { PracticeId = practice.Id, Name = name, Kind = kind };
        var at = now.AddDays(-7 * weeksAgo);
        @case.Open(CaseStage.ConsultationBooked, lead, "Free consultation booked", at);
        foreach (var stage in path)
        {
            at = at.AddDays(weeksAgo == 0 ? 0 : Math.Max(1, 7 * weeksAgo / (path.Length + 1)));
            if (CaseJourney.IsAutomatic(@case.Stage, stage))
            {
                @case.MoveAutomatically(stage, Reasons.For(stage), at);
            }
            else
            {
                @case.MoveByHand(stage, lead, Reasons.For(stage), at);
            }
        }

        @case.Participants.AddRange(clients.Select(c => new CaseParticipant { PracticeId = practice.Id, ClientId = c.Id }));
        @case.Team.Add(new CaseTeamMember { PracticeId = practice.Id, StaffId = lead, IsLead = true, AddedById = lead });
        if (prescriber is { } p)
        {
            @case.Team.Add(new CaseTeamMember { PracticeId = practice.Id, StaffId = p, AddedById = lead });
        }

        db.Cases.Add(@case);
        foreach (var client in clients)
        {
            await audit.SaveWithAsync(new AuditEntry(AuditCode.Case_Opened, practice.Id, null, client.Id, nameof(Case), @case.Id.ToString()));
        }

        Result.Cases[key] = @case.Id;
    }

    private async Task NoteAsync(string caseKey, Guid author, string text)
    {
        var note = new CaseNote { PracticeId = practice.Id, CaseId = Result.Cases[caseKey], AuthorId = author, Text = text };
        db.CaseNotes.Add(note);
        await audit.SaveWithAsync(new AuditEntry(AuditCode.CaseNote_Added, practice.Id, author, null, nameof(CaseNote), note.Id.ToString()));
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Demo seed failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    private static class Reasons
    {
        public static string For(CaseStage stage) => stage switch
        {
            CaseStage.ConsultationHeld => "Consultation call held",
            CaseStage.Intake => "Proceed to intake: a good fit for KAP",
            CaseStage.MedicalReview => "Intake submitted and consent signed",
            CaseStage.Preparation => "Medically cleared",
            CaseStage.DosingSeries => "Series planned: 8 dosing sessions",
            CaseStage.Completed => "Last dosing session and its integration signed",
            CaseStage.FollowUp => "First follow-up scheduled",
            CaseStage.Closed => "The year of follow-up is done",
            _ => "Moved",
        };
    }
}

using Bogus;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Integration;
using Tandem.Core.Practices;
using Tandem.Core.Scheduling;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Data.Identity;
using Tandem.Web.Demo;

namespace Tandem.Web.LargePractice;

/// <summary>The generated practice before its clients: its settings, libraries and texts, and its staff (created first, as a practice hires before it treats).</summary>
internal static class PracticeSetup
{
    public static readonly string[] RoomNames = ["Willow room", "Cedar room", "Birch room", "Alder room"];

    public static async Task<(Generation Generation, ClientLogins Logins)> CreateAsync(IServiceProvider services, LargePracticeOptions options)
    {
        var db = services.GetRequiredService<TandemDbContext>();
        var roles = services.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        foreach (var role in Roles.All.Where(r => !roles.Roles.Any(x => x.Name == r)).ToList())
        {
            await roles.CreateAsync(new IdentityRole<Guid>(role));
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var practice = new Practice { Slug = LargePracticeOptions.Slug, Name = "Large Practice", TimeZoneId = "America/New_York", RequiresStaffTwoFactor = false };
        db.Practices.Add(practice);
        db.HomePractices.AddRange(DefaultHomePractices.For(practice.Id));
        db.Rooms.AddRange(RoomNames.Select(name => new Room { PracticeId = practice.Id, Name = name }));
        await db.SaveChangesAsync();
        await new DemoIntake(db, practice, now).SeedPracticeTextsAsync();

        var users = services.GetRequiredService<UserManager<TandemUser>>();
        var staff = await PracticeStaff.HireAsync(users, practice.Id, new Faker("en") { Random = new Randomizer(options.Seed + 7919) }, options.Clients);
        var generation = new Generation(db, services.GetRequiredService<AuditLog>(), practice, options.Seed, now)
        {
            Staff = staff,
            Library = await db.HomePractices.AsNoTracking().Where(p => p.PracticeId == practice.Id).OrderBy(p => p.SortOrder).ToListAsync(),
            Screen = await db.ContraindicationItems.AsNoTracking().Where(i => i.PracticeId == practice.Id).OrderBy(i => i.SortOrder).ToListAsync(),
            Consent = await db.ConsentDocuments.AsNoTracking().Where(d => d.PracticeId == practice.Id).ToDictionaryAsync(d => d.Kind),
            Rooms = RoomNames,
        };
        var clientRole = await roles.Roles.Where(r => r.Name == Roles.Client).Select(r => r.Id).SingleAsync();

        // Rows are only added from here on, and each batch is cleared once saved: no change tracking to pay for.
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        return (generation, new ClientLogins(users, clientRole));
    }
}

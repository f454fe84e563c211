using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Core.Integration;
using Tandem.Core.Practices;
using Tandem.Core.Scheduling;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Data.Identity;

namespace Tandem.Web.Demo;

/// <summary>
/// A realistic practice to show the product: only ever seeded when asked (<c>seed-demo</c>) into an empty database,
/// so a production database never gets demo logins.
/// </summary>
public static class DemoPractice
{
    public const string Password = "Tandem-Demo-2026";

    /// <summary>The demo prescriber's authenticator key (base32), fixed so that a person can add it to an app, and the README lists it.</summary>
    public const string AuthenticatorKey = "TANDEMDEMOKEYFORMAYAOKAFOR234567";

    public static async Task<bool> SeedIfEmptyAsync(IServiceProvider services, TextWriter output)
    {
        var db = services.GetRequiredService<TandemDbContext>();
        if (await db.Practices.AnyAsync())
        {
            await output.WriteLineAsync("The database already holds a practice; no demo data was added.");
            var demo = await db.Practices.Where(p => p.Slug == "demo").Select(p => (Guid?)p.Id).SingleOrDefaultAsync();
            var logins = await db.Users.Where(u => u.PracticeId == demo).OrderBy(u => u.Email).Select(u => new { u.Email, u.DisplayName }).ToListAsync();
            if (logins.Count > 0)
            {
                await output.WriteLineAsync($"The demo practice's logins (password {Password}, unless changed since):");
                foreach (var login in logins)
                {
                    await output.WriteLineAsync($"  {login.Email,-34} {login.DisplayName}");
                }

                await output.WriteLineAsync(AuthenticatorLine);
            }

            return false;
        }

        var seeded = await SeedAsync(services, "demo", "Demo Practice", withRegister: true);
        await output.WriteLineAsync($"Seeded the demo practice. Every demo login uses the password {Password}:");
        foreach (var (email, who) in seeded.Logins)
        {
            await output.WriteLineAsync($"  {email,-34} {who}");
        }

        await output.WriteLineAsync(AuthenticatorLine);
        return true;
    }

    private static string AuthenticatorLine =>
        $"maya@demo.tandem.test then asks for a code: add the key {AuthenticatorKey} to an authenticator app (time-based, 6 digits).";

    /// <param name="withRegister">
    /// Whether the controlled-substance register holds stock: the demo's does; a test's own practice starts with an empty
    /// register, so that each register test sets up its stock through the real forms.
    /// </param>
    public static async Task<SeededPractice> SeedAsync(IServiceProvider services, string slug, string name, bool withRegister = false)
    {
        await EnsureRolesAsync(services.GetRequiredService<RoleManager<IdentityRole<Guid>>>());
        var db = services.GetRequiredService<TandemDbContext>();
        // Off, unlike a new practice: the demo's other logins sign in with the password alone.
        var practice = new Practice { Slug = slug, Name = name, TimeZoneId = "America/New_York", RequiresStaffTwoFactor = false };
        db.Practices.Add(practice);
        db.HomePractices.AddRange(DefaultHomePractices.For(practice.Id));
        db.Rooms.AddRange(new Room { PracticeId = practice.Id, Name = "Willow room" }, new Room { PracticeId = practice.Id, Name = "Cedar room" });
        await db.SaveChangesAsync();

        var builder = new DemoBuilder(services, practice, slug);
        await builder.SeedPeopleAndCasesAsync(withRegister);
        return builder.Result;
    }

    private static async Task EnsureRolesAsync(RoleManager<IdentityRole<Guid>> roles)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
    }
}

using Bogus;
using Microsoft.AspNetCore.Identity;
using Tandem.Core.Access;
using Tandem.Data.Identity;
using Tandem.Web.Demo;

namespace Tandem.Web.LargePractice;

/// <summary>A staff member's sign-in, as printed at the end for a person or a benchmark to sign in with.</summary>
internal sealed record StaffLogin(Guid Id, string Email, string Name, string Who);

/// <summary>The practice's people: an admin, a clinician per few hundred clients, and prescribers (who are clinicians too).</summary>
internal sealed class PracticeStaff
{
    public required StaffLogin Admin { get; init; }
    public required IReadOnlyList<StaffLogin> Clinicians { get; init; }
    public required IReadOnlyList<StaffLogin> Prescribers { get; init; }

    public IEnumerable<StaffLogin> Everyone => [Admin, .. Clinicians, .. Prescribers];

    /// <summary>Created through the app's user manager, before any client, with the demo password.</summary>
    public static async Task<PracticeStaff> HireAsync(UserManager<TandemUser> users, Guid practiceId, Faker faker, int clients)
    {
        var clinicians = Math.Clamp(clients / 400, 3, 25);
        var prescribers = Math.Clamp(clients / 2500, 1, 4);
        var admin = await HireAsync(users, practiceId, "admin", faker.Name.FullName(), "practice admin", [Roles.PracticeAdmin]);
        var team = new List<StaffLogin>();
        for (var i = 1; i <= clinicians; i++)
        {
            team.Add(await HireAsync(users, practiceId, $"clinician{i}", faker.Name.FullName(), "clinician", [Roles.Clinician]));
        }

        var prescribing = new List<StaffLogin>();
        for (var i = 1; i <= prescribers; i++)
        {
            prescribing.Add(await HireAsync(users, practiceId, $"prescriber{i}", "Dr. " + faker.Name.FullName(), "prescriber (and clinician)", Roles.ForPrescriber));
        }

        return new() { Admin = admin, Clinicians = team, Prescribers = prescribing };
    }

    private static async Task<StaffLogin> HireAsync(UserManager<TandemUser> users, Guid practiceId, string key, string name, string who, IEnumerable<string> roles)
    {
        var email = $"{key}@{LargePracticeOptions.Slug}.tandem.test";
        var user = new TandemUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, PracticeId = practiceId };
        Check(await users.CreateAsync(user, DemoPractice.Password));
        foreach (var role in roles)
        {
            Check(await users.AddToRoleAsync(user, role));
        }

        return new(user.Id, email, name, who);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("A staff login was refused: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}

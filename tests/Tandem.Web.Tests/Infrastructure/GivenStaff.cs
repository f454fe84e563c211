using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Tandem.Core.Access;
using Tandem.Data.Identity;
using Tandem.Web.Demo;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>Staff accounts of their own in the demo practice, for tests that sign out, lock or change a person.</summary>
public static class GivenStaff
{
    public static async Task<string> NewStaffAsync(this TandemApp app)
    {
        var email = $"staff-{Guid.NewGuid():N}@demo.tandem.test";
        await app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<TandemUser>>();
            var user = new TandemUser { UserName = email, Email = email, DisplayName = "Temp Clinician", PracticeId = app.Demo.PracticeId };
            Assert.True((await users.CreateAsync(user, DemoPractice.Password)).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, Roles.Clinician)).Succeeded);
        });
        return email;
    }

    /// <summary>Changes the account through Identity's UserManager, as any page that changes an account does.</summary>
    public static Task ChangeAccountAsync(this TandemApp app, string email, Func<UserManager<TandemUser>, TandemUser, Task<IdentityResult>> change) =>
        app.InScopeAsync(async services =>
        {
            var users = services.GetRequiredService<UserManager<TandemUser>>();
            var user = await users.FindByEmailAsync(email) ?? throw new InvalidOperationException($"No account {email}.");
            var result = await change(users, user);
            Assert.True(result.Succeeded, string.Join(" ", result.Errors.Select(e => e.Description)));
        });
}

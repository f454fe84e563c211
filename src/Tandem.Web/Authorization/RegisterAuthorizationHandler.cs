using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Register;
using Tandem.Data;

namespace Tandem.Web.Authorization;

/// <summary>Reading or keeping the controlled-substance register; the policies <see cref="Policies.RegisterReader"/> and <see cref="Policies.RegisterKeeper"/>.</summary>
public sealed record RegisterRequirement(RegisterOperation Operation) : IAuthorizationRequirement;

/// <summary>
/// The one place that decides who reads and who keeps the register (<see cref="RegisterAccess"/>). Whether someone is a
/// named custodian is read from the database on each request, so naming or un-naming them takes effect at once.
/// </summary>
public sealed class RegisterAuthorizationHandler(TandemDbContext db) : AuthorizationHandler<RegisterRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, RegisterRequirement requirement)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return;
        }

        var viewer = CurrentViewer.From(context.User);
        var custodian = !viewer.IsClient && await db.RegisterCustodians.AnyAsync(c => c.PracticeId == viewer.PracticeId && c.UserId == viewer.UserId && c.Named);
        if (RegisterAccess.Allows(requirement.Operation, viewer, custodian))
        {
            context.Succeed(requirement);
        }
    }
}

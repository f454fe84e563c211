using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Tandem.Core.Access;

namespace Tandem.Web.Authorization;

/// <summary>Decides every case operation from <see cref="CaseAccessRule"/>: the one place access to a case is decided.</summary>
public sealed class CaseAuthorizationHandler : AuthorizationHandler<OperationAuthorizationRequirement, CaseAccessFacts>
{
    protected override Task HandleRequirementAsync(
        AuthorizationHandlerContext context, OperationAuthorizationRequirement requirement, CaseAccessFacts resource)
    {
        if (context.User.Identity?.IsAuthenticated != true)
        {
            return Task.CompletedTask;
        }

        var viewer = CurrentViewer.From(context.User);
        var access = CaseAccessRule.For(viewer, resource);
        var allowed = requirement.Name switch
        {
            nameof(CaseOperations.ReadSchedule) => access is CaseAccess.Schedule or CaseAccess.Directory or CaseAccess.Clinical,
            nameof(CaseOperations.ReadDirectory) => access is CaseAccess.Directory or CaseAccess.Clinical,
            nameof(CaseOperations.ReadClinical) or nameof(CaseOperations.WriteClinical) or nameof(CaseOperations.ExportRecord) => access == CaseAccess.Clinical,
            nameof(CaseOperations.ReadAsParticipant) => access == CaseAccess.Participant,
            nameof(CaseOperations.WriteAsParticipant) => access == CaseAccess.Participant && resource.IsOpen,
            nameof(CaseOperations.ManageTeam) => CaseAccessRule.MayManageTeam(viewer, resource),
            nameof(CaseOperations.TakeReview) => CaseAccessRule.MayTakeReview(viewer, resource),
            _ => false,
        };
        if (allowed)
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

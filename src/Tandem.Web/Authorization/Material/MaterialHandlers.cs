using Microsoft.AspNetCore.Authorization;
using Tandem.Core.Access;
using Tandem.Core.Journal;
using Tandem.Core.Measures;
using Tandem.Core.Preparation;
using Tandem.Core.Repair;
using Tandem.Core.RippleMap;
using Tandem.Core.Sharing;

namespace Tandem.Web.Authorization.Material;

/// <summary>Decides one kind of client material from its facts with the rules in Tandem.Core; anything else is denied.</summary>
public abstract class MaterialHandler<TMaterial, TFacts> : AuthorizationHandler<MaterialRequirement<TMaterial>, TFacts>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, MaterialRequirement<TMaterial> requirement, TFacts resource)
    {
        if (context.User.Identity?.IsAuthenticated == true && Allows(CurrentViewer.From(context.User), requirement.Operation, resource))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }

    protected abstract bool Allows(Viewer viewer, MaterialOperation operation, TFacts facts);
}

public sealed class JournalEntryHandler : MaterialHandler<JournalEntry, MaterialFacts>
{
    protected override bool Allows(Viewer viewer, MaterialOperation operation, MaterialFacts facts) => ClientMaterialRule.Allows(viewer, operation, facts);
}

public sealed class IntentionHandler : MaterialHandler<Intention, MaterialFacts>
{
    protected override bool Allows(Viewer viewer, MaterialOperation operation, MaterialFacts facts) => ClientMaterialRule.Allows(viewer, operation, facts);
}

public sealed class HotSpotHandler : MaterialHandler<HotSpot, MaterialFacts>
{
    protected override bool Allows(Viewer viewer, MaterialOperation operation, MaterialFacts facts) => ClientMaterialRule.Allows(viewer, operation, facts);
}

public sealed class MapSnapshotHandler : MaterialHandler<MapSnapshot, MaterialFacts>
{
    protected override bool Allows(Viewer viewer, MaterialOperation operation, MaterialFacts facts) => ClientMaterialRule.Allows(viewer, operation, facts);
}

public sealed class RepairSideHandler : MaterialHandler<RepairSide, RepairSideFacts>
{
    protected override bool Allows(Viewer viewer, MaterialOperation operation, RepairSideFacts facts) => RepairSideFacts.Allows(viewer, operation, facts);
}

public sealed class HomePracticeCheckInHandler : MaterialHandler<HomePracticeCheckIn, MaterialFacts>
{
    /// <summary>A day's check-in is corrected by checking in again, never deleted, and reaches only the case its practice was given in.</summary>
    protected override bool Allows(Viewer viewer, MaterialOperation operation, MaterialFacts facts) =>
        operation is not (MaterialOperation.Delete or MaterialOperation.Share) && ClientMaterialRule.Allows(viewer, operation, facts);
}

public sealed class QuestionnaireResponseHandler : MaterialHandler<QuestionnaireResponse, QuestionnaireFacts>
{
    protected override bool Allows(Viewer viewer, MaterialOperation operation, QuestionnaireFacts facts) => QuestionnaireFacts.Allows(viewer, operation, facts);
}

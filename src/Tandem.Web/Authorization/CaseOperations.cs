using Microsoft.AspNetCore.Authorization.Infrastructure;

namespace Tandem.Web.Authorization;

/// <summary>What can be done with a case; <see cref="CaseAuthorizationHandler"/> decides each one.</summary>
public static class CaseOperations
{
    /// <summary>See when and where the case's sessions and calls are, with whom: the agenda, never the kind of care.</summary>
    public static readonly OperationAuthorizationRequirement ReadSchedule = new() { Name = nameof(ReadSchedule) };

    /// <summary>See the case's name and stage, as on the dashboard.</summary>
    public static readonly OperationAuthorizationRequirement ReadDirectory = new() { Name = nameof(ReadDirectory) };

    /// <summary>See the case's clinical material: participants' details, history, notes.</summary>
    public static readonly OperationAuthorizationRequirement ReadClinical = new() { Name = nameof(ReadClinical) };

    /// <summary>Change the case: move its stage, write notes, invite its clients.</summary>
    public static readonly OperationAuthorizationRequirement WriteClinical = new() { Name = nameof(WriteClinical) };

    /// <summary>Add clinicians to the case team, or remove an added one: the lead's to decide.</summary>
    public static readonly OperationAuthorizationRequirement ManageTeam = new() { Name = nameof(ManageTeam) };

    /// <summary>Join the team of a case waiting for its medical review, as its reviewing prescriber.</summary>
    public static readonly OperationAuthorizationRequirement TakeReview = new() { Name = nameof(TakeReview) };

    /// <summary>Export a participant's full record, the team's notes included, for a transfer of care.</summary>
    public static readonly OperationAuthorizationRequirement ExportRecord = new() { Name = nameof(ExportRecord) };

    /// <summary>A participant's view of their own case in the portal.</summary>
    public static readonly OperationAuthorizationRequirement ReadAsParticipant = new() { Name = nameof(ReadAsParticipant) };

    /// <summary>A participant's own writes in their case (intake, consent, a reply to the prescriber): only while it is open.</summary>
    public static readonly OperationAuthorizationRequirement WriteAsParticipant = new() { Name = nameof(WriteAsParticipant) };
}

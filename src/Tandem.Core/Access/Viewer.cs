namespace Tandem.Core.Access;

/// <summary>Who is asking: the signed-in person as the access rules need to know them.</summary>
public sealed record Viewer(Guid UserId, Guid PracticeId, IReadOnlySet<string> Roles, Guid? ClientId)
{
    public bool IsClinician => Roles.Contains(Access.Roles.Clinician) || Roles.Contains(Access.Roles.Prescriber);
    public bool IsPrescriber => Roles.Contains(Access.Roles.Prescriber);
    public bool IsPracticeAdmin => Roles.Contains(Access.Roles.PracticeAdmin);
    public bool IsClient => ClientId is not null && Roles.Contains(Access.Roles.Client);
}

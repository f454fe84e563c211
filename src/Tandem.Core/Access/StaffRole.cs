namespace Tandem.Core.Access;

/// <summary>What a staff member does at the practice, as an admin chooses it; stored as these numbers, never as names.</summary>
[Flags]
public enum StaffRole
{
    None = 0,
    Clinician = 1,

    /// <summary>A clinician who may also clear, order doses and override a safety warning.</summary>
    Prescriber = 2,
    PracticeAdmin = 4,
}

public static class StaffRoles
{
    public static readonly IReadOnlyList<StaffRole> Each = [StaffRole.Clinician, StaffRole.Prescriber, StaffRole.PracticeAdmin];

    /// <summary>The sign-in roles that carry <paramref name="roles"/>: a prescriber holds the clinician's role too.</summary>
    public static IReadOnlyList<string> Names(StaffRole roles) =>
    [
        .. roles.HasFlag(StaffRole.Clinician) || roles.HasFlag(StaffRole.Prescriber) ? [Roles.Clinician] : Array.Empty<string>(),
        .. roles.HasFlag(StaffRole.Prescriber) ? [Roles.Prescriber] : Array.Empty<string>(),
        .. roles.HasFlag(StaffRole.PracticeAdmin) ? [Roles.PracticeAdmin] : Array.Empty<string>(),
    ];

    public static StaffRole Of(IEnumerable<string> names) => names.Aggregate(StaffRole.None, (roles, name) => roles | name switch
    {
        Roles.Clinician => StaffRole.Clinician,
        Roles.Prescriber => StaffRole.Prescriber,
        Roles.PracticeAdmin => StaffRole.PracticeAdmin,
        _ => StaffRole.None,
    });

    public static string Describe(StaffRole role) => role switch
    {
        StaffRole.Clinician => "Clinician",
        StaffRole.Prescriber => "Prescriber",
        StaffRole.PracticeAdmin => "Practice admin",
        _ => string.Join(", ", Each.Where(r => role.HasFlag(r)).Select(Describe)),
    };

    /// <summary>
    /// Why <paramref name="chosen"/> cannot be someone's roles, or null. A practice always keeps an admin who can sign in:
    /// otherwise nobody could add staff, turn a sign-in off or produce an access report.
    /// </summary>
    public static string? WhyNot(StaffRole chosen, bool isActiveAdminNow, int activeAdmins) =>
        chosen == StaffRole.None ? "Choose at least one role."
        : isActiveAdminNow && !chosen.HasFlag(StaffRole.PracticeAdmin) && activeAdmins <= 1
            ? "This is the practice's only practice admin: make someone else a practice admin first."
            : null;
}

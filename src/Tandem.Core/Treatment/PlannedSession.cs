namespace Tandem.Core.Treatment;

public enum SessionKind
{
    /// <summary>One person's therapeutic dose, turned inward, with eyeshades and music.</summary>
    IndividualJourney = 1,

    /// <summary>Both partners together: a lower, psycholytic dose, eyes open, talking.</summary>
    SharedJourney = 2,

    IndividualIntegration = 3,
    JointIntegration = 4,
}

public static class SessionKinds
{
    /// <summary>The kinds of session at which a dose is given; queries ask <c>Dosing.Contains(kind)</c>.</summary>
    public static readonly IReadOnlyList<SessionKind> Dosing = [SessionKind.IndividualJourney, SessionKind.SharedJourney];

    public static bool IsDosing(this SessionKind kind) => Dosing.Contains(kind);

    /// <summary>Whether <paramref name="person"/> takes a dose at a session of this kind held for <paramref name="sessionPerson"/>: both partners at a shared journey.</summary>
    public static bool Doses(this SessionKind kind, Guid? sessionPerson, Guid person) =>
        kind.IsDosing() && (kind == SessionKind.SharedJourney || sessionPerson == person);
}

/// <summary>
/// One session of a planned series. A dosing session has no <see cref="IntegrationDue"/>; an integration session
/// names the dosing session it follows (<see cref="After"/>) and the day it is due by.
/// </summary>
public sealed record PlannedSession(
    int Number, int Step, SessionKind Kind, Guid? Person, DateOnly Date, int? After = null, DateOnly? IntegrationDue = null, bool Cancelled = false)
{
    public bool IsDosing => Kind.IsDosing();

    /// <summary>Whether <paramref name="person"/> takes a dose in this session.</summary>
    public bool Doses(Guid person) => Kind.Doses(Person, person);
}

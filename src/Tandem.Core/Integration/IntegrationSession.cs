namespace Tandem.Core.Integration;

/// <summary>
/// The integration session after a dosing session. The clinician's notes stay with the case team; the insights and
/// practices go, once signed, to the person (individual integration) or to both partners (joint integration).
/// </summary>
public sealed class IntegrationSession : PracticeRecord
{
    public const int MaxTextLength = 8000;

    public Guid SeriesSessionId { get; set; }
    public Guid CaseId { get; set; }

    /// <summary>The person of an individual integration; null for a couple's joint integration.</summary>
    public Guid? ClientId { get; set; }
    public string? ClinicianNotes { get; set; }
    public string? SharedInsights { get; set; }
    public Guid? SignedById { get; set; }
    public DateTime? SignedAt { get; set; }
    public List<PracticeAssignment> Practices { get; } = [];

    public bool IsSigned => SignedAt is not null;
}

/// <summary>A practice from the library given to one client to do between sessions.</summary>
public sealed class PracticeAssignment : PracticeRecord
{
    public Guid IntegrationSessionId { get; set; }
    public Guid CaseId { get; set; }
    public Guid ClientId { get; set; }
    public Guid HomePracticeId { get; set; }
    public HomePractice? HomePractice { get; set; }
    public DateTime AssignedAt { get; set; }
}

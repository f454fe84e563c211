namespace Tandem.Core.Dosing;

/// <summary>
/// The record of one dosing appointment: the setting and observations for the case team, and one
/// <see cref="DosingRecord"/> per person. A draft until a clinician signs it; after that it is only amended.
/// </summary>
public sealed class DosingSession : PracticeRecord
{
    public const int MaxTextLength = 4000;
    public const int MaxShortLength = 200;

    public Guid SeriesSessionId { get; set; }
    public Guid CaseId { get; set; }
    public string? Room { get; set; }
    public bool Eyeshades { get; set; }
    public string? Playlist { get; set; }
    public string? Observations { get; set; }
    public Guid? SignedById { get; set; }
    public DateTime? SignedAt { get; set; }
    public List<DosingRecord> Records { get; } = [];

    public bool IsSigned => SignedAt is not null;

    public void Sign(Guid clinicianId, DateTime atUtc)
    {
        if (IsSigned)
        {
            throw new InvalidOperationException("A signed record is only amended.");
        }

        SignedById = clinicianId;
        SignedAt = atUtc;
    }
}

/// <summary>A correction to a signed dosing record, with its reason. The signed original is never changed.</summary>
public sealed class DosingAmendment : PracticeRecord
{
    public Guid DosingSessionId { get; set; }

    /// <summary>The person whose record it corrects; null for the session's setting and observations.</summary>
    public Guid? ClientId { get; set; }
    public required string Correction { get; set; }
    public required string Reason { get; set; }
    public Guid AmendedById { get; set; }
    public DateTime AmendedAt { get; set; }
}

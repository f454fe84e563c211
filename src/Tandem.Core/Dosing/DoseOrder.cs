namespace Tandem.Core.Dosing;

public enum DoseRoute
{
    SublingualLozenge = 1,
    SublingualTroche = 2,
}

/// <summary>The prescriber's order for one person's dose in one dosing session, written before the session.</summary>
public sealed class DoseOrder : PracticeRecord
{
    public const int MaxNoteLength = 1000;
    public const int MaxReasonLength = 1000;

    public Guid SeriesSessionId { get; set; }
    public Guid CaseId { get; set; }
    public Guid ClientId { get; set; }
    public decimal Mg { get; set; }
    public DoseRoute Route { get; set; } = DoseRoute.SublingualLozenge;
    public bool BoosterAllowed { get; set; }
    public decimal? BoosterMaxMg { get; set; }
    public string? Note { get; set; }

    /// <summary>The prescriber's written reason for a dose outside the practice's band for its session kind; null inside it.</summary>
    public string? OutsideBandReason { get; set; }
    public Guid PrescriberId { get; set; }
    public DateTime OrderedAt { get; set; }
}

namespace Tandem.Core.Cases;

public sealed class CaseParticipant : PracticeRecord
{
    public Guid CaseId { get; set; }
    public Guid ClientId { get; set; }
    public Clients.Client? Client { get; set; }

    /// <summary>The partner chose to show their couple-satisfaction line to the other partner; off until they do.</summary>
    public bool ShowsCoupleScoresToPartner { get; set; }
}

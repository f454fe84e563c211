namespace Tandem.Core.Cases;

public sealed class CaseParticipant : PracticeRecord
{
    public Guid CaseId { get; set; }
    public Guid ClientId { get; set; }
    public Clients.Client? Client { get; set; }
}

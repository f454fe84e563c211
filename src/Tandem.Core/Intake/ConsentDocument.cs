using Tandem.Core.Cases;

namespace Tandem.Core.Intake;

/// <summary>A version of the practice's informed-consent text; the couples version includes its policy on secrets.</summary>
public sealed class ConsentDocument : PracticeRecord
{
    public const int MaxBodyLength = 20000;

    public CaseKind Kind { get; set; }
    public int Number { get; set; }
    public required string Title { get; set; }
    public required string Body { get; set; }
    public Guid? PublishedById { get; set; }
}

/// <summary>A client's signature of one exact consent version: typed name, confirmation, and time.</summary>
public sealed class ConsentSignature : PracticeRecord
{
    public Guid ClientId { get; set; }
    public Guid CaseId { get; set; }
    public Guid ConsentDocumentId { get; set; }
    public CaseKind Kind { get; set; }
    public int DocumentNumber { get; set; }
    public required string TypedName { get; set; }
    public DateTime SignedAt { get; set; }
}

namespace Tandem.Core.Cases;

/// <summary>A clinician's note on a case: clinical material, seen by the case team only.</summary>
public sealed class CaseNote : PracticeRecord
{
    public const int MaxTextLength = 4000;

    public Guid CaseId { get; set; }
    public Guid AuthorId { get; set; }
    public required string Text { get; set; }
}

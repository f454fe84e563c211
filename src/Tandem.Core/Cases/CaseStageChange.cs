namespace Tandem.Core.Cases;

public sealed class CaseStageChange : PracticeRecord
{
    public Guid CaseId { get; set; }

    /// <summary>1 for the entry that opened the case, then 2, 3 … in the order the moves were made.</summary>
    public int Number { get; set; }

    /// <summary>Null for the entry that opened the case.</summary>
    public CaseStage? From { get; set; }
    public CaseStage To { get; set; }
    /// <summary>Who moved it; null when Tandem moved it by itself.</summary>
    public Guid? ById { get; set; }
    public DateTime At { get; set; }
    public required string Reason { get; set; }
}

using Tandem.Core.Treatment;

namespace Tandem.Core.Dosing;

/// <summary>
/// That the prescribers were told a warning on a dosing record waits for one of them: kept so that each warning is told
/// once, however often the record is saved (a unique index holds it to one per record and check).
/// </summary>
public sealed class DoseWarningNotice : PracticeRecord
{
    public Guid DosingRecordId { get; set; }
    public SafetyCheck Check { get; set; }
}

using Tandem.Core.Treatment;

namespace Tandem.Core.Dosing;

/// <summary>
/// One person's part of a dosing session: the day-of checklist, the dose, vitals, adverse events and discharge.
/// Only the case team and the person themself (read-only) ever see it; never the partner.
/// </summary>
public sealed class DosingRecord : PracticeRecord
{
    public const string Ketamine = "Ketamine";
    public const int MaxReasonLength = 1000;

    public Guid DosingSessionId { get; set; }
    public Guid CaseId { get; set; }
    public Guid ClientId { get; set; }

    public bool Fasted { get; set; }
    public bool NoAlcoholOrBenzodiazepines { get; set; }
    public string? EscortName { get; set; }
    public string? EscortPhone { get; set; }

    public string Medication { get; set; } = Ketamine;
    public DoseRoute Route { get; set; } = DoseRoute.SublingualLozenge;
    public string? LotNumber { get; set; }
    public decimal? WeightKg { get; set; }
    public decimal? DoseMg { get; set; }
    public DateTime? GivenAt { get; set; }
    public decimal? BoosterMg { get; set; }
    public DateTime? BoosterAt { get; set; }

    public bool AlertAndOriented { get; set; }
    public bool SteadyWalking { get; set; }
    public bool VitalsNearBaseline { get; set; }
    public bool EscortPresent { get; set; }
    public bool NoDrivingToday { get; set; }
    public DateTime? DischargedAt { get; set; }

    /// <summary>
    /// The number of the protocol version its pre-dose checks ran under, fixed when the dose is recorded (0: the
    /// practice's default protocol). The record is judged by that version for good; null while no dose is recorded.
    /// </summary>
    public int? ProtocolNumber { get; set; }

    /// <summary>Why this dose was recorded while an earlier dosing session of the same person was still unsigned.</summary>
    public string? EarlierUnsignedReason { get; set; }

    public List<VitalsReading> Vitals { get; } = [];
    public List<AdverseEvent> AdverseEvents { get; } = [];

    public decimal? MgPerKg => DoseMg is { } mg && WeightKg is > 0 and { } kg ? Math.Round(mg / kg, 2, MidpointRounding.AwayFromZero) : null;

    public bool ChecklistComplete => Fasted && NoAlcoholOrBenzodiazepines && !string.IsNullOrWhiteSpace(EscortName) && !string.IsNullOrWhiteSpace(EscortPhone);

    public bool DischargeChecksComplete => AlertAndOriented && SteadyWalking && VitalsNearBaseline && EscortPresent && NoDrivingToday;
}

public sealed class VitalsReading : PracticeRecord
{
    public Guid DosingRecordId { get; set; }
    public DateTime At { get; set; }
    public int Systolic { get; set; }
    public int Diastolic { get; set; }
    public int HeartRate { get; set; }
    public int? SpO2 { get; set; }
}

public enum AdverseEventKind
{
    Nausea = 1,
    Vomiting = 2,
    HighBloodPressure = 3,
    Distress = 4,
    Other = 9,
}

public enum Severity
{
    Mild = 1,
    Moderate = 2,
    Severe = 3,
}

public sealed class AdverseEvent : PracticeRecord
{
    public const int MaxTextLength = 1000;

    public Guid DosingRecordId { get; set; }
    public AdverseEventKind Kind { get; set; }
    public Severity Severity { get; set; }
    public string? Description { get; set; }
    public required string Action { get; set; }
    public DateTime At { get; set; }
}

/// <summary>A Prescriber's written decision to go on despite a failed safety warning. Kept and listed on the case.</summary>
public sealed class SafetyOverride : PracticeRecord
{
    public const int MaxReasonLength = 1000;

    public Guid DosingRecordId { get; set; }
    public Guid CaseId { get; set; }
    public Guid ClientId { get; set; }
    public SafetyCheck Check { get; set; }
    public required string Finding { get; set; }
    public required string Reason { get; set; }
    public Guid PrescriberId { get; set; }
    public DateTime At { get; set; }
}

using Tandem.Core.Cases;

namespace Tandem.Core.Treatment;

/// <summary>
/// One planned series of dosing and integration sessions. A case holds one per course of care: its first series, then any
/// maintenance series planned when the case comes back to Preparation.
/// </summary>
public sealed class DosingSeries : PracticeRecord
{
    public Guid CaseId { get; set; }
    public CaseKind Kind { get; set; }
    public int DosesPerPerson { get; set; }
    public DateOnly StartDate { get; set; }

    /// <summary>When the case team started it (Preparation → DosingSeries); a case back in Preparation after that plans a new one.</summary>
    public DateTime? StartedAt { get; set; }
    public List<SeriesSession> Sessions { get; } = [];

    public static DosingSeries Plan(Guid practiceId, Guid caseId, CaseKind kind, IReadOnlyList<Guid> people, int dosesPerPerson, DateOnly start, SeriesRules rules)
    {
        var series = new DosingSeries { PracticeId = practiceId, CaseId = caseId, Kind = kind, DosesPerPerson = dosesPerPerson, StartDate = start };
        series.Sessions.AddRange(SeriesPlanner.Plan(kind, people, dosesPerPerson, start, rules).Select(s => new SeriesSession
        {
            PracticeId = practiceId, SeriesId = series.Id, CaseId = caseId, Number = s.Number, Step = s.Step, Kind = s.Kind,
            PersonClientId = s.Person, Date = s.Date, AfterNumber = s.After, IntegrationDue = s.IntegrationDue,
        }));
        return series;
    }
}

/// <summary>One planned session of a series; moved or cancelled by the clinician, never deleted.</summary>
public sealed class SeriesSession : PracticeRecord
{
    public const int MaxReasonLength = 500;

    public Guid SeriesId { get; set; }
    public Guid CaseId { get; set; }
    public int Number { get; set; }
    public int Step { get; set; }
    public SessionKind Kind { get; set; }

    /// <summary>The client it is for; null for a couple's shared journey and joint integration.</summary>
    public Guid? PersonClientId { get; set; }
    public DateOnly Date { get; set; }
    public int? AfterNumber { get; set; }
    public DateOnly? IntegrationDue { get; set; }
    public bool Cancelled { get; set; }
    public string? CancelReason { get; set; }

    public bool IsDosingKind() => Kind.IsDosing();

    public PlannedSession ToPlanned() => new(Number, Step, Kind, PersonClientId, Date, AfterNumber, IntegrationDue, Cancelled);
}

using Tandem.Core.Dosing;
using Tandem.Core.Intake;
using Tandem.Web.Pages.Measures;
using Tandem.Web.Pages.Portal.Corrections;
using Tandem.Web.Pages.Portal.Journal;
using Tandem.Web.Pages.Portal.Practices;
using Tandem.Web.Pages.Portal.Repair;
using Tandem.Web.Pages.Portal.Sessions;
using Tandem.Web.Pages.Preparation;

namespace Tandem.Web.Records;

/// <summary>Everything one client may see of their record, read through the portal's own readers, at one moment.</summary>
public sealed record ClientRecord(
    Guid ClientId, string FirstName, string LastName, string Email, string? Phone, string Practice, TimeZoneInfo Zone, DateTime PreparedAt, DateOnly Today,
    IReadOnlyList<ClientRecord.SignedConsent> Consents,
    IReadOnlyList<ClientRecord.Intake> Intakes,
    IReadOnlyList<ClientRecord.Review> Reviews,
    IReadOnlyList<MySessions.Item> Sessions,
    IReadOnlyList<ClientRecord.Dose> Doses,
    IReadOnlyList<ClientRecord.Integration> Integrations,
    IReadOnlyList<PreparationMaterial.Item> Intentions,
    IReadOnlyList<PreparationMaterial.Spot> HotSpots,
    IReadOnlyList<JournalEntries.Entry> Journal,
    IReadOnlyList<PracticeLog.Row> PracticeLog,
    IReadOnlyList<RepairLog.Episode> Repair,
    IReadOnlyList<ScoreHistory.Score> Scores,
    IReadOnlyList<CorrectionLog.Item> Corrections)
{
    public const string FullRecordNotice =
        "This is the record you can see in your portal. Your care team's own notes are not in it: the full record can be requested from the practice.";

    public string FullName => $"{FirstName} {LastName}";

    public sealed record SignedConsent(string Title, int Number, string TypedName, DateTime SignedAt);

    public sealed record Intake(int Number, DateTime SubmittedAt, IntakeAnswers Answers);

    public sealed record Review(ReviewDecision Decision, DateOnly? ClearedUntil, string? Question, DateTime At);

    public sealed record Dose(DosingRecord Record, Guid SeriesSessionId, DateOnly Day);

    public sealed record Integration(Guid SeriesSessionId, string? Insights, IReadOnlyList<string> Practices, DateTime SignedAt);
}

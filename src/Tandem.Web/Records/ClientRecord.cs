using Tandem.Core.Dosing;
using Tandem.Core.Intake;
using Tandem.Web.Pages.Measures;
using Tandem.Web.Pages.Portal.Corrections;
using Tandem.Web.Pages.Portal.Journal;
using Tandem.Web.Pages.Portal.Practices;
using Tandem.Web.Pages.Portal.Repair;
using Tandem.Web.Pages.Portal.RippleMap;
using Tandem.Web.Pages.Portal.Sessions;
using Tandem.Web.Pages.Preparation;

namespace Tandem.Web.Records;

/// <summary>
/// One client's record at one moment: what they may see in their portal, or, exported by their case team for a
/// transfer of care, what the team sees of them in one case with the team's own notes (<see cref="Team"/>).
/// </summary>
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
    IReadOnlyList<HomePracticeLog.Row> HomePracticeLog,
    IReadOnlyList<RepairLog.Episode> Repair,
    IReadOnlyList<ScoreHistory.Score> Scores,
    IReadOnlyList<CorrectionLog.Item> Corrections)
{
    public const string FullRecordNotice =
        "This is the record you can see in your portal. Your care team's own notes are not in it: the full record can be requested from the practice.";

    public string FullName => $"{FirstName} {LastName}";

    /// <summary>The relationship maps, oldest first: the client's own and a partner's shared with them, or those shared with the team.</summary>
    public IReadOnlyList<MapSnapshots.Snapshot> Maps { get; init; } = [];

    /// <summary>The team's part of a transfer-of-care export; none in the client's own.</summary>
    public CareTeamPart? Team { get; init; }

    public string Notice => Team is null ? FullRecordNotice : Team.Notice;

    /// <summary>Who exported the record from which case and why, and the team's notes in date order.</summary>
    public sealed record CareTeamPart(string CaseName, string ExportedBy, string Purpose, IReadOnlyList<TeamNote> Notes)
    {
        public string Notice =>
            $"The full record the care team of \"{CaseName}\" holds, exported by {ExportedBy} for: {Purpose}. What the client kept to themselves, and their partner's own record, are not in it.";
    }

    /// <summary>A note only the team sees: a case note, a stage change, a safety override, observations of a session.</summary>
    public sealed record TeamNote(DateTime At, string Kind, string Author, string Text);

    public sealed record SignedConsent(string Title, int Number, string TypedName, DateTime SignedAt);

    public sealed record Intake(int Number, DateTime SubmittedAt, IntakeAnswers Answers);

    public sealed record Review(ReviewDecision Decision, DateOnly? ClearedUntil, string? Question, DateTime At);

    public sealed record Dose(DosingRecord Record, Guid SeriesSessionId, DateOnly Day);

    public sealed record Integration(Guid SeriesSessionId, string? Insights, IReadOnlyList<string> Practices, DateTime SignedAt);
}

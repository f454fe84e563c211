using Tandem.Core.Cases;

namespace Tandem.Core.Intake;

/// <summary>Where one participant stands between intake and preparation.</summary>
public sealed record ParticipantReadiness(
    Guid ClientId,
    string FirstName, int SubmittedVersion, bool SignedCurrentConsent, ReviewDecision Decision, int ReviewedVersion, DateOnly? ClearedUntil)
{
    public bool IntakeDone => SubmittedVersion > 0 && SignedCurrentConsent;

    public bool ClearedOn(DateOnly day) =>
        Decision == ReviewDecision.Cleared && ClearedUntil >= day && ReviewedVersion == SubmittedVersion;
}

/// <summary>DOMAIN.md's automatic moves around medical review, and what a case waits for, per participant.</summary>
public static class CaseReadiness
{
    public static (CaseStage To, string Reason)? AutomaticMove(CaseStage stage, IReadOnlyList<ParticipantReadiness> people, DateOnly today)
    {
        if (people.Count == 0)
        {
            return null;
        }

        return stage switch
        {
            CaseStage.Intake when people.All(p => p.IntakeDone) =>
                (CaseStage.MedicalReview, "Every participant submitted intake and signed the current consent"),
            CaseStage.MedicalReview when people.Any(p => p.Decision == ReviewDecision.NotCleared && p.ReviewedVersion == p.SubmittedVersion) =>
                (CaseStage.Closed, "Not medically cleared"),
            CaseStage.MedicalReview when people.All(p => p.IntakeDone && p.ClearedOn(today)) =>
                (CaseStage.Preparation, "Every participant is medically cleared"),
            CaseStage.Preparation when people.Any(p => p.SubmittedVersion > p.ReviewedVersion) =>
                (CaseStage.MedicalReview, "Intake was submitted again after clearance"),
            _ => null,
        };
    }

    public static IReadOnlyList<string> WaitingOn(CaseStage stage, IReadOnlyList<ParticipantReadiness> people, DateOnly today) => stage switch
    {
        CaseStage.Intake => [.. people.SelectMany(p => IntakeGaps(p))],
        CaseStage.MedicalReview => [.. people.Where(p => !p.ClearedOn(today)).Select(p => p.Decision == ReviewDecision.NeedsMoreInformation
            ? $"{p.FirstName}: answer to the prescriber's question"
            : $"{p.FirstName}: medical review")],
        _ => [],
    };

    private static IEnumerable<string> IntakeGaps(ParticipantReadiness p)
    {
        if (p.SubmittedVersion == 0)
        {
            yield return $"{p.FirstName}: intake";
        }

        if (!p.SignedCurrentConsent)
        {
            yield return $"{p.FirstName}: consent";
        }
    }
}

using Tandem.Core.Cases;

namespace Tandem.Core.Intake;

/// <summary>Where one participant stands between intake and preparation.</summary>
public sealed record ParticipantReadiness(
    Guid ClientId,
    string FirstName, int SubmittedVersion, bool SignedCurrentConsent, ReviewDecision Decision, int ReviewedVersion, DateOnly? ClearedUntil,
    string? NotClearedReason = null)
{
    public bool IntakeDone => SubmittedVersion > 0 && SignedCurrentConsent;

    /// <summary>The last day the clearance covers, while it is a clearance of the intake as now submitted; else none.</summary>
    public DateOnly? ValidClearanceUntil => Decision == ReviewDecision.Cleared && ReviewedVersion == SubmittedVersion ? ClearedUntil : null;

    public bool ClearedOn(DateOnly day) => ValidClearanceUntil >= day;
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

        var declined = people.FirstOrDefault(p => p.Decision == ReviewDecision.NotCleared && p.ReviewedVersion == p.SubmittedVersion);
        return stage switch
        {
            CaseStage.Intake when people.All(p => p.IntakeDone) =>
                (CaseStage.MedicalReview, "Every participant submitted intake and signed the current consent"),
            CaseStage.MedicalReview or CaseStage.Preparation when declined is not null =>
                (CaseStage.Closed, ClosingReason(declined)),
            CaseStage.MedicalReview when people.All(p => p.IntakeDone && p.ClearedOn(today)) =>
                (CaseStage.Preparation, "Every participant is medically cleared"),
            CaseStage.Preparation when people.Any(p => p.SubmittedVersion > p.ReviewedVersion) =>
                (CaseStage.MedicalReview, "Intake was submitted again after clearance"),
            _ => null,
        };
    }

    /// <summary>The prescriber's own words close the case; the stage history holds a shorter line than a review, which keeps them whole.</summary>
    private static string ClosingReason(ParticipantReadiness declined)
    {
        var reason = $"Not medically cleared ({declined.FirstName}): {declined.NotClearedReason?.Trim() ?? "no reason given"}";
        return reason.Length <= Case.MaxReasonLength ? reason : string.Concat(reason.AsSpan(0, Case.MaxReasonLength - 1), "…");
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

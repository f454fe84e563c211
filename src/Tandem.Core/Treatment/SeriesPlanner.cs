using Tandem.Core.Cases;

namespace Tandem.Core.Treatment;

/// <summary>
/// DOMAIN.md step 5: N dosing sessions per person (6–8). An individual has N individual journeys; a couple alternates
/// individual steps (a journey for each partner, on different days) and shared journeys, starting individual:
/// I S I S … Every dosing session is followed by an integration of the matching kind within the window.
/// </summary>
public static class SeriesPlanner
{
    public const int DefaultDosesPerPerson = 8;

    public static IReadOnlyList<PlannedSession> Plan(CaseKind kind, IReadOnlyList<Guid> people, int dosesPerPerson, DateOnly start, SeriesRules rules)
    {
        if (dosesPerPerson < rules.MinimumDosesPerPerson || dosesPerPerson > rules.MaximumDosesPerPerson)
        {
            throw new ArgumentOutOfRangeException(nameof(dosesPerPerson), $"A series has {rules.MinimumDosesPerPerson} to {rules.MaximumDosesPerPerson} dosing sessions per person.");
        }

        if (people.Count != (kind == CaseKind.Couple ? 2 : 1))
        {
            throw new ArgumentException("An individual series plans for one person, a couple's for two.", nameof(people));
        }

        var sessions = new List<PlannedSession>();
        for (var step = 1; step <= dosesPerPerson; step++)
        {
            var stepStart = start.AddDays((step - 1) * rules.CadenceDays + rules.FirstDoseOffsetDays);
            var shared = kind == CaseKind.Couple && step % 2 == 0;
            if (shared)
            {
                AddWithIntegration(sessions, step, SessionKind.SharedJourney, null, stepStart, rules);
            }
            else
            {
                for (var i = 0; i < people.Count; i++)
                {
                    AddWithIntegration(sessions, step, SessionKind.IndividualJourney, people[i], stepStart.AddDays(i * rules.SecondPartnerOffsetDays), rules);
                }
            }
        }

        return Renumber(sessions);
    }

    /// <summary>Orders sessions by date (dosing before integration on the same day) and numbers them 1, 2, 3 …</summary>
    public static IReadOnlyList<PlannedSession> Renumber(IEnumerable<PlannedSession> sessions)
    {
        var ordered = sessions.OrderBy(s => s.Date).ThenBy(s => s.IsDosing ? 0 : 1).ThenBy(s => s.Number).ToList();
        var map = ordered.Select((s, i) => (Old: s.Number, New: i + 1)).ToDictionary(x => x.Old, x => x.New);
        return [.. ordered.Select((s, i) => s with { Number = i + 1, After = s.After is { } a ? map[a] : null })];
    }

    private static void AddWithIntegration(List<PlannedSession> sessions, int step, SessionKind dosing, Guid? person, DateOnly date, SeriesRules rules)
    {
        var dose = new PlannedSession(sessions.Count + 1, step, dosing, person, date);
        sessions.Add(dose);
        var integration = dosing == SessionKind.SharedJourney ? SessionKind.JointIntegration : SessionKind.IndividualIntegration;
        sessions.Add(new PlannedSession(sessions.Count + 1, step, integration, person, date.AddDays(rules.IntegrationOffsetDays), dose.Number,
            date.AddDays(rules.IntegrationWithinDays)));
    }
}

using System.Globalization;
using Tandem.Core.Cases;

namespace Tandem.Core.Treatment;

/// <summary>Re-checks a (possibly reordered, moved or partly cancelled) plan against the practice's rules, in words.</summary>
public static class SeriesCheck
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    public static IReadOnlyList<string> Violations(CaseKind kind, IReadOnlyDictionary<Guid, string> people, IReadOnlyList<PlannedSession> plan, SeriesRules rules)
    {
        var problems = new List<string>();
        var live = plan.Where(s => !s.Cancelled).OrderBy(s => s.Date).ThenBy(s => s.Number).ToList();

        foreach (var (person, name) in people)
        {
            var doses = live.Where(s => s.Doses(person)).ToList();
            if (doses.Count < rules.MinimumDosesPerPerson || doses.Count > rules.MaximumDosesPerPerson)
            {
                problems.Add($"{name} has {doses.Count} dosing sessions planned; a series has {rules.MinimumDosesPerPerson} to {rules.MaximumDosesPerPerson}.");
            }

            for (var i = 1; i < doses.Count; i++)
            {
                var earliest = rules.EarliestNextDose(doses[i - 1].Date);
                if (doses[i].Date < earliest)
                {
                    problems.Add($"{name}'s dosing sessions on {Day(doses[i - 1].Date)} and {Day(doses[i].Date)} are too close: the next one can be on {Day(earliest)} at the earliest.");
                }
            }
        }

        foreach (var dose in live.Where(s => s.IsDosing))
        {
            var wanted = dose.Kind == SessionKind.SharedJourney ? SessionKind.JointIntegration : SessionKind.IndividualIntegration;
            var due = dose.Date.AddDays(rules.IntegrationWithinDays);
            var integration = live.FirstOrDefault(s => s.After == dose.Number && s.Kind == wanted);
            var who = dose.Kind == SessionKind.SharedJourney ? "the shared journey" : $"{people.GetValueOrDefault(dose.Person ?? Guid.Empty, "the")}'s journey";
            if (integration is null)
            {
                problems.Add($"{Capital(who)} on {Day(dose.Date)} has no {(wanted == SessionKind.JointIntegration ? "joint" : "individual")} integration session after it.");
            }
            else if (integration.Date < dose.Date || integration.Date > due)
            {
                problems.Add($"The integration after {who} on {Day(dose.Date)} is on {Day(integration.Date)}; it must be between {Day(dose.Date)} and {Day(due)}.");
            }
        }

        if (kind == CaseKind.Couple)
        {
            var steps = live.Where(s => s.IsDosing).GroupBy(s => s.Step).OrderBy(g => g.Min(s => s.Date)).Select(g => g.First().Kind).ToList();
            for (var i = 0; i < steps.Count; i++)
            {
                var expected = i % 2 == 0 ? SessionKind.IndividualJourney : SessionKind.SharedJourney;
                if (steps[i] != expected)
                {
                    problems.Add($"Individual and shared journeys should alternate, starting with individual journeys; step {i + 1} is {(steps[i] == SessionKind.SharedJourney ? "shared" : "individual")}.");
                    break;
                }
            }
        }

        return problems;
    }

    private static string Day(DateOnly date) => date.ToString("ddd d MMM", English);

    private static string Capital(string text) => char.ToUpperInvariant(text[0]) + text[1..];
}

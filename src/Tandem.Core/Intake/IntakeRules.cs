namespace Tandem.Core.Intake;

public sealed record IntakeProblem(string Field, string Message);

/// <summary>What a complete intake needs before it can be submitted. A draft may be saved with anything missing.</summary>
public static class IntakeRules
{
    public const int AdultAge = 18;

    public static IReadOnlyList<IntakeProblem> ProblemsForSubmit(IntakeAnswers a, bool isCouple, IReadOnlyCollection<Guid> activeScreenItems, DateOnly today)
    {
        var problems = new List<IntakeProblem>();
        void Need(string? value, string field, string message)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new(field, message));
            }
        }

        Need(a.Phone, nameof(a.Phone), "Enter a phone number we can reach you on.");
        Need(a.EmergencyName, nameof(a.EmergencyName), "Name someone we can call in an emergency.");
        Need(a.EmergencyPhone, nameof(a.EmergencyPhone), "Enter your emergency contact's phone number.");
        Need(a.Medications, nameof(a.Medications), "List your current medications, or write \"none\".");
        Need(a.MedicalHistory, nameof(a.MedicalHistory), "Describe your medical history, or write \"none\".");
        Need(a.PsychiatricHistory, nameof(a.PsychiatricHistory), "Describe your mental health history, or write \"none\".");

        if (a.DateOfBirth is not { } born)
        {
            problems.Add(new(nameof(a.DateOfBirth), "Enter your date of birth."));
        }
        else if (born > today)
        {
            problems.Add(new(nameof(a.DateOfBirth), "A date of birth cannot be in the future."));
        }
        else if (born.AddYears(AdultAge) > today)
        {
            problems.Add(new(nameof(a.DateOfBirth), "Care here is for adults: you must be 18 or older."));
        }

        foreach (var item in activeScreenItems)
        {
            var answer = a.Screen.FirstOrDefault(s => s.ItemId == item);
            if (answer?.Yes is null)
            {
                problems.Add(new($"Screen[{item}]", "Answer yes or no."));
            }
            else if (answer.Yes == true && string.IsNullOrWhiteSpace(answer.Detail))
            {
                problems.Add(new($"Screen[{item}]", "Tell us a little more, so the prescriber can review it."));
            }
        }

        if (isCouple && a.PartnerSafety is not { IsComplete: true })
        {
            problems.Add(new(nameof(a.PartnerSafety), "Answer each of the private questions about your relationship."));
        }

        return problems;
    }
}

using Tandem.Core.Dosing;
using Tandem.Core.Intake;
using Tandem.Core.RippleMap;
using Tandem.Web.Pages.Portal.RippleMap;

namespace Tandem.Web.Records;

/// <summary>The record's answers and codes in the words the portal uses, shared by the PDF and the FHIR Bundle.</summary>
public static class RecordAnswers
{
    public static IEnumerable<(string Question, string Answer)> Of(IntakeAnswers a)
    {
        (string, string?)[] fields =
        [
            ("Date of birth", a.DateOfBirth?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), ("Phone", a.Phone), ("Address", a.Address),
            ("Emergency contact", a.EmergencyName), ("Their relationship to you", a.EmergencyRelationship), ("Their phone", a.EmergencyPhone),
            ("Medications", a.Medications), ("Medical history", a.MedicalHistory), ("Psychiatric history", a.PsychiatricHistory),
        ];
        foreach (var (question, answer) in fields.Where(f => !string.IsNullOrWhiteSpace(f.Item2)))
        {
            yield return (question, answer!);
        }

        foreach (var s in a.Screen.Where(s => s.Yes is not null))
        {
            yield return (s.Question, (s.Yes == true ? "Yes" : "No") + (string.IsNullOrWhiteSpace(s.Detail) ? "" : $" — {s.Detail}"));
        }
    }

    public static string Decision(ReviewDecision decision) => decision switch
    {
        ReviewDecision.Cleared => "cleared",
        ReviewDecision.NotCleared => "not cleared",
        ReviewDecision.NeedsMoreInformation => "a question for you",
        _ => "pending",
    };

    public static string Route(DoseRoute route) => route == DoseRoute.SublingualTroche ? "sublingual troche" : "sublingual lozenge";

    /// <summary>A person on a map as the map's table reads: "my sister (sibling, Family): inner circle, closeness 6 of 7, supportive".</summary>
    public static string Person(MapPerson p) =>
        $"{p.Label} ({MapWords.Of(p.Relationship)}, {MapWords.Of(p.Domain)}): {MapWords.Of(p.Ring)} circle, closeness {p.Closeness} of {MapPerson.MostClose}, {MapWords.Of(p.Feeling)}"
        + (p.WhatChanged is { } changed ? $"; what has changed: {changed}" : "");
}

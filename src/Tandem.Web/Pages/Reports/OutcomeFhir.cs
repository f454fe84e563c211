using System.Globalization;
using Hl7.Fhir.Model;
using Tandem.Core.Measures;
using QuestionnaireResponse = Hl7.Fhir.Model.QuestionnaireResponse;

namespace Tandem.Web.Pages.Reports;

/// <summary>
/// The report as a FHIR R4 collection Bundle: a Questionnaire per instrument (LOINC codes where they exist), and per answer a
/// QuestionnaireResponse and an Observation of its total. Clients appear only as pseudonymous identifiers; no dates.
/// </summary>
public static class OutcomeFhir
{
    public const string Base = "https://tandem.invalid/fhir";
    private const string Loinc = "http://loinc.org";

    /// <summary>Tandem's local codes for what LOINC has no code for: a timepoint, days since baseline, a course and its baseline, a total.</summary>
    public const string ReportSystem = Base + "/CodeSystem/outcome-report";

    public static Bundle Build(IReadOnlyList<OutcomeData.Answered> answered)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Id = Guid.NewGuid().ToString() };
        foreach (var instrument in answered.Select(a => a.Instrument).Distinct())
        {
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"{Base}/Questionnaire/{instrument.Code}", Resource = Questionnaire(instrument) });
        }

        foreach (var a in answered)
        {
            var responseUrl = $"urn:uuid:{Guid.NewGuid()}";
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = responseUrl, Resource = Response(a) });
            bundle.Entry.Add(new Bundle.EntryComponent { FullUrl = $"urn:uuid:{Guid.NewGuid()}", Resource = Total(a, responseUrl) });
        }

        return bundle;
    }

    private static string AnswerSystem(Instrument instrument) => $"{Base}/CodeSystem/{instrument.Code}-answers";

    private static Questionnaire Questionnaire(Instrument instrument)
    {
        var questionnaire = new Questionnaire
        {
            Id = instrument.Code, Url = $"{Base}/Questionnaire/{instrument.Code}", Version = instrument.Version,
            Name = instrument.Code.Replace("-", "", StringComparison.Ordinal), Title = instrument.Name, Status = PublicationStatus.Active,
            Copyright = instrument.Licence,
        };
        if (instrument.Loinc is { } panel)
        {
            questionnaire.Code.Add(new Coding(Loinc, panel));
        }

        foreach (var item in instrument.AllItems)
        {
            var question = new Questionnaire.ItemComponent
            {
                LinkId = Link(item), Text = item.Text, Type = Hl7.Fhir.Model.Questionnaire.QuestionnaireItemType.Choice, Required = !instrument.Unscored.Contains(item),
            };
            if (item.Loinc is { } code)
            {
                question.Code.Add(new Coding(Loinc, code));
            }

            question.AnswerOption.AddRange(item.Options.Select(o => new Questionnaire.AnswerOptionComponent { Value = Answer(instrument, o) }));
            questionnaire.Item.Add(question);
        }

        return questionnaire;
    }

    private static QuestionnaireResponse Response(OutcomeData.Answered a)
    {
        var response = new QuestionnaireResponse
        {
            Questionnaire = $"{Base}/Questionnaire/{a.Instrument.Code}|{a.InstrumentVersion}",
            Status = QuestionnaireResponse.QuestionnaireResponseStatus.Completed,
            Subject = Subject(a),
        };
        foreach (var item in a.Instrument.AllItems.Where(i => a.Answers.ContainsKey(i.Number)))
        {
            var option = item.Options.Single(o => o.Value == a.Answers[item.Number]);
            response.Item.Add(new QuestionnaireResponse.ItemComponent
            {
                LinkId = Link(item), Text = item.Text, Answer = [new QuestionnaireResponse.AnswerComponent { Value = Answer(a.Instrument, option) }],
            });
        }

        return response;
    }

    private static Observation Total(OutcomeData.Answered a, string responseUrl)
    {
        var code = new CodeableConcept { Text = $"{a.Instrument.Code} total score" };
        code.Coding.Add(a.Instrument.TotalLoinc is { } total
            ? new Coding(Loinc, total)
            : new Coding(ReportSystem, $"{a.Instrument.Code}-total", $"{a.Instrument.Code} total score (Tandem's local code: LOINC has none)"));

        return new Observation
        {
            Status = ObservationStatus.Final,
            Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "survey")],
            Code = code,
            Subject = Subject(a),
            Value = new Integer(a.Score),
            DerivedFrom = [new ResourceReference(responseUrl)],
            Note = [new Annotation { Text = $"{a.Timepoint}; {a.DaysSinceBaseline} days after baseline" }],
            Component =
            [
                new() { Code = new CodeableConcept(ReportSystem, "timepoint", "Point of care"), Value = new FhirString(a.Timepoint) },
                new()
                {
                    Code = new CodeableConcept(ReportSystem, "days-since-baseline", "Days since the course's baseline"),
                    Value = new Quantity(a.DaysSinceBaseline, "d", "http://unitsofmeasure.org") { Unit = "days" },
                },
                new() { Code = new CodeableConcept(ReportSystem, "course", "Course of care"), Value = new Integer(a.Course) },
                new() { Code = new CodeableConcept(ReportSystem, "baseline", "The course's baseline"), Value = new FhirString(a.BaselineKind.Describe()) },
            ],
        };
    }

    private static ResourceReference Subject(OutcomeData.Answered a) =>
        new() { Identifier = new Identifier($"{Base}/pseudonym", a.Pseudonym) };

    private static Coding Answer(Instrument instrument, ResponseOption option) => option.Loinc is { } code
        ? new(Loinc, code, option.Label)
        : new(AnswerSystem(instrument), option.Value.ToString(CultureInfo.InvariantCulture), option.Label);

    private static string Link(InstrumentItem item) => item.Number.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.IO.Pipelines;
using System.Text.Json;
using Hl7.Fhir.Model;
using Tandem.Core.Measures;
using Tandem.Web.Pages.Measures;
using QuestionnaireResponse = Hl7.Fhir.Model.QuestionnaireResponse;
using Task = System.Threading.Tasks.Task;

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

    /// <summary>How many bytes are written to the response before they are sent on.</summary>
    public const int FlushEvery = 64 * 1024;

    /// <summary>
    /// Writes the Bundle a group of rows at a time, so an export never holds the practice's report whole; each instrument's
    /// Questionnaire follows its answers, since a collection's entries have no order.
    /// </summary>
    public static async Task WriteAsync(PipeWriter destination, IAsyncEnumerable<IReadOnlyList<OutcomeData.Answered>> groups, JsonSerializerOptions fhir, CancellationToken cancellationToken)
    {
        // Over the response's pipe, since the serializer flushes its writer and a stream would then be written synchronously.
        await using var json = new Utf8JsonWriter(destination);
        json.WriteStartObject();
        json.WriteString("resourceType", "Bundle");
        json.WriteString("id", Guid.NewGuid().ToString());
        json.WriteString("type", "collection");
        json.WriteStartArray("entry");
        var instruments = new Dictionary<string, Instrument>();
        var sent = 0L;
        await foreach (var group in groups.WithCancellation(cancellationToken))
        {
            foreach (var a in group)
            {
                instruments.TryAdd(a.Instrument.Code, a.Instrument);
                var responseUrl = $"urn:uuid:{Guid.NewGuid()}";
                Entry(json, responseUrl, Response(a), fhir);
                Entry(json, $"urn:uuid:{Guid.NewGuid()}", Total(a, responseUrl), fhir);

                // A group of a thousand clients is megabytes of JSON. Held until the group ended, four exports at once
                // at 10,000 clients peaked at 507 MB of RSS; sent on as written, at 319 MB.
                if (json.BytesCommitted + json.BytesPending - sent >= FlushEvery)
                {
                    json.Flush();
                    await destination.FlushAsync(cancellationToken);
                    sent = json.BytesCommitted;
                }
            }
        }

        foreach (var instrument in instruments.Values)
        {
            Entry(json, $"{Base}/Questionnaire/{instrument.Code}", Questionnaire(instrument), fhir);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        await destination.FlushAsync(cancellationToken);
    }

    private static void Entry(Utf8JsonWriter json, string fullUrl, Resource resource, JsonSerializerOptions fhir)
    {
        json.WriteStartObject();
        json.WriteString("fullUrl", fullUrl);
        json.WritePropertyName("resource");
        JsonSerializer.Serialize(json, resource, resource.GetType(), fhir);
        json.WriteEndObject();
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
            Value = FhirScore.Of(a.Instrument, a.Score),
            DerivedFrom = [new ResourceReference(responseUrl)],
            Note = [new Annotation { Text = $"{a.Timepoint.Name}; {a.DaysSinceBaseline} days after baseline" }],
            Component =
            [
                new() { Code = new CodeableConcept(ReportSystem, "timepoint", "Point of care"), Value = new FhirString(a.Timepoint.Name) },
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

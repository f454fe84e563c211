using Hl7.Fhir.Model;
using Tandem.Core.RippleMap;

namespace Tandem.Web.Pages.Reports;

/// <summary>
/// The ripple rows as a FHIR R4 collection Bundle: one survey Observation per map drawn for the schedule, its counts and
/// means as components under Tandem's local codes (LOINC has none for a relationship map). No labels, no dates.
/// </summary>
public static class MapFhir
{
    private const string System = OutcomeFhir.ReportSystem;

    public static Bundle Build(IReadOnlyList<MapOutcomeData.Drawn> drawn)
    {
        var bundle = new Bundle { Type = Bundle.BundleType.Collection, Id = Guid.NewGuid().ToString() };
        bundle.Entry.AddRange(drawn.Select(d => new Bundle.EntryComponent { FullUrl = $"urn:uuid:{Guid.NewGuid()}", Resource = Map(d) }));
        return bundle;
    }

    private static Observation Map(MapOutcomeData.Drawn d)
    {
        static Observation.ComponentComponent Part(string code, string display, DataType value) =>
            new() { Code = new CodeableConcept(System, code, display), Value = value };

        var f = d.Figures;
        var map = new Observation
        {
            Status = ObservationStatus.Final,
            Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "survey")],
            Code = new CodeableConcept(System, "relationship-map", "Relationship map (Tandem's local code: LOINC has none)"),
            Subject = new ResourceReference { Identifier = new Identifier($"{OutcomeFhir.Base}/pseudonym", d.Pseudonym) },
            Note = [new Annotation { Text = $"{d.Timepoint.Name()}; {d.DaysSinceBaseline} days after the baseline map" }],
            Component =
            [
                Part("timepoint", "Point of care", new FhirString(d.Timepoint.Name())),
                Part("days-since-baseline", "Days since the course's baseline map", new Quantity(d.DaysSinceBaseline, "d", "http://unitsofmeasure.org") { Unit = "days" }),
                Part("course", "Course of care", new Integer(d.Course)),
                Part("people", "People on the map", new Integer(f.People)),
                Part("inner-circle", "People in the inner circle", new Integer(f.Inner)),
            ],
        };
        foreach (var (domain, mean) in f.Closeness.OrderBy(c => c.Key))
        {
            var name = domain.ToString().ToLowerInvariant();
            map.Component.Add(Part($"closeness-{name}", $"Mean closeness (IOS 1-7), {name}", new Quantity((decimal)Math.Round(mean, 2), "{score}", "http://unitsofmeasure.org") { Unit = "IOS 1-7" }));
        }

        if (d.Timepoint != MapTimepoint.Baseline)
        {
            map.Component.Add(Part("moved-inward", "People who moved inward since the baseline map", new Integer(f.MovedInward)));
            map.Component.Add(Part("moved-outward", "People who moved outward since the baseline map", new Integer(f.MovedOutward)));
            map.Component.Add(Part("added", "People added since the baseline map", new Integer(f.Added)));
            map.Component.Add(Part("lost", "People no longer on the map since the baseline", new Integer(f.Lost)));
        }

        return map;
    }
}

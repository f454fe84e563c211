using Hl7.Fhir.Model;
using Tandem.Core.Dosing;

namespace Tandem.Web.Records;

/// <summary>One of the client's own doses as a MedicationAdministration (route and lot), and their vitals as Observations.</summary>
public static class RecordFhirDoses
{
    private const string Loinc = "http://loinc.org";
    private const string Ucum = "http://unitsofmeasure.org";

    public static void Add(Func<Resource, string> add, ClientRecord.Dose dose, ResourceReference patient, IReadOnlyDictionary<Guid, ResourceReference> encounters)
    {
        var d = dose.Record;
        var encounter = encounters.GetValueOrDefault(dose.SeriesSessionId);
        var medication = new Medication { Id = "medication", Code = new CodeableConcept { Text = d.Medication }, Batch = new Medication.BatchComponent { LotNumber = d.LotNumber } };
        var administration = new MedicationAdministration
        {
            Status = MedicationAdministration.MedicationAdministrationStatusCodes.Completed,
            Contained = [medication],
            Medication = new ResourceReference("#medication"),
            Subject = patient,
            Context = encounter,
            Effective = d.GivenAt is { } at ? RecordFhir.Instant(at) : new FhirDateTime(dose.Day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            Dosage = new MedicationAdministration.DosageComponent
            {
                Route = new CodeableConcept("http://snomed.info/sct", "37839007", "Sublingual route", RecordAnswers.Route(d.Route)),
                Dose = d.DoseMg is { } mg ? new Quantity(mg, "mg", Ucum) { Unit = "mg" } : null,
                Text = d.BoosterMg is { } booster ? $"Booster {booster.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)} mg" : null,
            },
        };
        if (administration.Dosage.Dose is null && administration.Dosage.Text is null)
        {
            administration.Dosage = null;
        }

        add(administration);
        foreach (var v in d.Vitals.OrderBy(v => v.At))
        {
            var vitals = new Observation
            {
                Status = ObservationStatus.Final, Subject = patient, Encounter = encounter, Effective = RecordFhir.Instant(v.At),
                Category = [new CodeableConcept("http://terminology.hl7.org/CodeSystem/observation-category", "vital-signs")],
                Code = new CodeableConcept(Loinc, "85353-1", "Vital signs, weight, height, head circumference, oxygen saturation and BMI panel"),
                Component =
                [
                    Component("8480-6", "Systolic blood pressure", v.Systolic, "mm[Hg]"),
                    Component("8462-4", "Diastolic blood pressure", v.Diastolic, "mm[Hg]"),
                    Component("8867-4", "Heart rate", v.HeartRate, "/min"),
                ],
            };
            if (v.SpO2 is { } o)
            {
                vitals.Component.Add(Component("59408-5", "Oxygen saturation in arterial blood by pulse oximetry", o, "%"));
            }

            add(vitals);
        }
    }

    private static Observation.ComponentComponent Component(string code, string name, decimal value, string unit) =>
        new() { Code = new CodeableConcept(Loinc, code, name), Value = new Quantity(value, unit, Ucum) { Unit = unit } };
}

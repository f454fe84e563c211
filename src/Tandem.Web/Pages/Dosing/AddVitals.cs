using System.ComponentModel.DataAnnotations;
using Tandem.Core.Audit;
using Tandem.Core.Dosing;
using Tandem.Web.Authorization;

namespace Tandem.Web.Pages.Dosing;

/// <summary>A reading of one person's blood pressure, heart rate and SpO2, taken on the session's day.</summary>
public static class AddVitals
{
    public sealed class Command
    {
        public Guid ClientId { get; set; }

        [Required(ErrorMessage = "Enter the time of the reading.")]
        public TimeOnly? At { get; set; }

        [Required(ErrorMessage = "Enter the systolic pressure."), Range(50, 300, ErrorMessage = "Systolic is between 50 and 300.")]
        public int? Systolic { get; set; }

        [Required(ErrorMessage = "Enter the diastolic pressure."), Range(20, 200, ErrorMessage = "Diastolic is between 20 and 200.")]
        public int? Diastolic { get; set; }

        [Required(ErrorMessage = "Enter the heart rate."), Range(20, 250, ErrorMessage = "Heart rate is between 20 and 250.")]
        public int? HeartRate { get; set; }

        [Range(50, 100, ErrorMessage = "SpO2 is between 50 and 100%.")]
        public int? SpO2 { get; set; }
    }

    public sealed class Handler(CurrentViewer viewer, SheetSaves saves)
    {
        public async Task<Outcome> HandleAsync(DosingSheet sheet, Command vitals, bool wellFormed)
        {
            if (sheet.Person(vitals.ClientId) is not { } person)
            {
                return new Outcome.NotFound();
            }

            var refusals = SheetRefusals.OfChange(sheet);
            if (vitals.Diastolic >= vitals.Systolic)
            {
                refusals.Add("Vitals.Diastolic", "The diastolic pressure is lower than the systolic.");
            }

            refusals.AddIfAhead(sheet);
            if (!wellFormed || refusals.Any)
            {
                return new Outcome.Refused(refusals);
            }

            person.Record.Vitals.Add(new VitalsReading
            {
                PracticeId = viewer.Value.PracticeId, DosingRecordId = person.Record.Id, At = sheet.OnSessionDay(vitals.At!.Value),
                Systolic = vitals.Systolic!.Value, Diastolic = vitals.Diastolic!.Value, HeartRate = vitals.HeartRate!.Value, SpO2 = vitals.SpO2,
            });
            return await saves.SaveAsync(sheet, $"vitals-{person.ClientId}", (AuditCode.DosingRecord_Changed, nameof(DosingRecord), person.Record.Id, person.ClientId));
        }
    }
}

using System.ComponentModel.DataAnnotations;
using Tandem.Core.Audit;
using Tandem.Core.Dosing;
using Tandem.Web.Authorization;

namespace Tandem.Web.Pages.Dosing;

/// <summary>An adverse event in one person's session: what happened, how severe, and what was done.</summary>
public static class AddAdverseEvent
{
    public sealed class Command
    {
        public Guid ClientId { get; set; }

        [Required(ErrorMessage = "Choose what happened.")]
        public AdverseEventKind? Kind { get; set; }

        [Required(ErrorMessage = "Choose the severity.")]
        public Severity? Severity { get; set; }

        [Required(ErrorMessage = "Enter the time.")]
        public TimeOnly? At { get; set; }

        [StringLength(AdverseEvent.MaxTextLength)]
        public string? Description { get; set; }

        [Required(ErrorMessage = "Say what was done."), StringLength(AdverseEvent.MaxTextLength)]
        public string? Action { get; set; }
    }

    public sealed class Handler(CurrentViewer viewer, SheetSaves saves)
    {
        public async Task<Outcome> HandleAsync(DosingSheet sheet, Command adverse, bool wellFormed)
        {
            if (sheet.Person(adverse.ClientId) is not { } person)
            {
                return new Outcome.NotFound();
            }

            var refusals = SheetRefusals.OfChange(sheet);
            refusals.AddIfAhead(sheet);
            if (!wellFormed || refusals.Any)
            {
                return new Outcome.Refused(refusals);
            }

            person.Record.AdverseEvents.Add(new AdverseEvent
            {
                PracticeId = viewer.Value.PracticeId, DosingRecordId = person.Record.Id, Kind = adverse.Kind!.Value, Severity = adverse.Severity!.Value,
                At = sheet.OnSessionDay(adverse.At!.Value), Description = adverse.Description?.Trim(), Action = adverse.Action!.Trim(),
            });
            return await saves.SaveAsync(sheet, $"adverse-{person.ClientId}", (AuditCode.DosingRecord_Changed, nameof(DosingRecord), person.Record.Id, person.ClientId));
        }
    }
}

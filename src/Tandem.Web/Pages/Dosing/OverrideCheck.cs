using System.ComponentModel.DataAnnotations;
using Tandem.Core.Audit;
using Tandem.Core.Dosing;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Authorization;

namespace Tandem.Web.Pages.Dosing;

/// <summary>A prescriber overrides a safety check that fails for one person, with why it is safe to go on; never a hard block.</summary>
public static class OverrideCheck
{
    public sealed class Command
    {
        public Guid ClientId { get; set; }
        public SafetyCheck? Check { get; set; }

        [Required(ErrorMessage = "Write why it is safe to go on."), StringLength(SafetyOverride.MaxReasonLength)]
        public string? Reason { get; set; }
    }

    public sealed class Handler(TandemDbContext db, CurrentViewer viewer, SheetSaves saves, TimeProvider clock)
    {
        public async Task<Outcome> HandleAsync(DosingSheet sheet, Command command, bool wellFormed)
        {
            if (sheet.Person(command.ClientId) is not { } person)
            {
                return new Outcome.NotFound();
            }

            var refusals = SheetRefusals.OfChange(sheet);
            var finding = person.BeforeDose.Concat(person.BeforeDischarge).FirstOrDefault(f => f.Check == command.Check);
            if (!viewer.Value.IsPrescriber)
            {
                refusals.Add("", "Only a prescriber can override a safety check.");
            }
            else if (finding is null || person.OverrideOf(finding.Check) is not null)
            {
                refusals.Add("", "That check does not fail now, or is already overridden.");
            }
            else if (finding.IsHardBlock)
            {
                refusals.Add("", $"{finding.Message} This is a hard block: nobody can override it.");
            }

            if (!wellFormed || refusals.Any)
            {
                return new Outcome.Refused(refusals);
            }

            var saved = db.SafetyOverrides.Add(new SafetyOverride
            {
                PracticeId = viewer.Value.PracticeId, DosingRecordId = person.Record.Id, CaseId = sheet.Session.CaseId, ClientId = person.ClientId,
                Check = finding!.Check, Finding = finding.Message, Reason = command.Reason!.Trim(), PrescriberId = viewer.Value.UserId,
                At = clock.GetUtcNow().UtcDateTime,
            }).Entity;
            return await saves.SaveAsync(sheet, $"checks-{person.ClientId}", (AuditCode.SafetyOverride_Recorded, nameof(SafetyOverride), saved.Id, person.ClientId));
        }
    }
}

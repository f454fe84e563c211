using Tandem.Core.Audit;
using Tandem.Core.Dosing;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Series;

namespace Tandem.Web.Pages.Dosing;

/// <summary>
/// Signing makes the record final. It is refused while a check fails without a prescriber's override, while the register
/// has not accounted for an opened unit, or when the record changed since the page showed it.
/// </summary>
public static class SignRecord
{
    public sealed class Command
    {
        /// <summary>The version of everything the signer saw (<see cref="DosingSheet.Version"/>).</summary>
        public Guid? Version { get; set; }
    }

    public sealed class Handler(CurrentViewer viewer, SheetSaves saves, SeriesProgress progress, TimeProvider clock)
    {
        public async Task<Outcome> HandleAsync(DosingSheet sheet, Command sign, bool wellFormed)
        {
            var refusals = SheetRefusals.OfChange(sheet);
            if (sheet.Version != sign.Version)
            {
                refusals.Add("", StaleEdits.StaleMessage("The record", "someone else saved to it; it is shown below as it is now, so read it again before you sign"));
            }

            foreach (var person in sheet.People)
            {
                foreach (var finding in person.Unresolved)
                {
                    refusals.Add("", $"{person.FirstName}: {finding.Message}");
                }

                if (sheet.Stock.SigningProblem(person.Record, person.FirstName) is { } stock)
                {
                    refusals.Add("", stock);
                }
            }

            if (!wellFormed || refusals.Any)
            {
                return new Outcome.Refused(refusals);
            }

            sheet.Record.Sign(viewer.Value.UserId, clock.GetUtcNow().UtcDateTime);
            var outcome = await saves.SaveAsync(sheet, "record-status", (AuditCode.DosingSession_Signed, nameof(DosingSession), sheet.Record.Id, null));
            if (outcome is Outcome.Saved)
            {
                await progress.CompleteIfDoneAsync(viewer.Value.PracticeId, sheet.Session.CaseId);
            }

            return outcome;
        }
    }
}

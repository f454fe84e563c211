using System.ComponentModel.DataAnnotations;
using Tandem.Core.Audit;
using Tandem.Core.Dosing;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Dosing;

/// <summary>A correction to a signed record, with its reason, kept beside the record as it was signed.</summary>
public static class AmendRecord
{
    public sealed class Command
    {
        /// <summary>The person whose record is corrected; none for the session's setting and observations.</summary>
        public Guid? ClientId { get; set; }

        [Required(ErrorMessage = "Write the correction."), StringLength(DosingSession.MaxTextLength)]
        public string? Correction { get; set; }

        [Required(ErrorMessage = "Say why the record is amended."), StringLength(1000)]
        public string? Reason { get; set; }
    }

    public sealed class Handler(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit, TimeProvider clock)
    {
        public async Task<Outcome> HandleAsync(DosingSheet sheet, Command amend, bool wellFormed)
        {
            if (amend.ClientId is { } clientId && sheet.Person(clientId) is null)
            {
                return new Outcome.NotFound();
            }

            var refusals = new Refusals();
            if (!sheet.Record.IsSigned)
            {
                refusals.Add("", "The record is still a draft: change it directly.");
            }

            if (!wellFormed || refusals.Any)
            {
                return new Outcome.Refused(refusals);
            }

            var amendment = db.DosingAmendments.Add(new DosingAmendment
            {
                PracticeId = viewer.Value.PracticeId, DosingSessionId = sheet.Record.Id, ClientId = amend.ClientId,
                Correction = amend.Correction!.Trim(), Reason = amend.Reason!.Trim(), AmendedById = viewer.Value.UserId, AmendedAt = clock.GetUtcNow().UtcDateTime,
            }).Entity;
            await audit.SaveAndRecordAsync(AuditCode.DosingSession_Amended, nameof(DosingAmendment), amendment.Id, amend.ClientId);
            return new Outcome.Saved("amendments");
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Dosing;

/// <summary>
/// Saves a change to the sheet with its audit entries, in the post's transaction: a change someone else saved first is
/// <see cref="Outcome.Overtaken"/>, never overwritten. The prescribers are told of a warning that now waits for them.
/// </summary>
public sealed class SheetSaves(TandemDbContext db, ClinicalAudit audit, PrescriberNotices prescribers)
{
    public async Task<Outcome> SaveAsync(DosingSheet sheet, string section, params IEnumerable<(AuditCode, string, Guid, Guid?)> audited)
    {
        if (!sheet.Saved)
        {
            db.DosingSessions.Add(sheet.Record);
        }

        try
        {
            await audit.SaveAndRecordEachAsync(audited);
        }
        catch (DbUpdateException error) when (error is DbUpdateConcurrencyException || error.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            return new Outcome.Overtaken();
        }

        await prescribers.TellWaitingWarningsAsync(sheet.Session.PracticeId, sheet.Session.Id);
        return new Outcome.Saved(section);
    }
}

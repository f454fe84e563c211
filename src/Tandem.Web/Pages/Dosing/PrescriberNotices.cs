using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Dosing;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Infrastructure.Email;

namespace Tandem.Web.Pages.Dosing;

/// <summary>
/// Tells the prescribers when a dosing record holds a warning only one of them can override: once per warning, by an
/// email that names nobody and no reading (an inbox is not the record), with the dosing page's address.
/// </summary>
public sealed class PrescriberNotices(TandemDbContext db, DosingSheets sheets, CurrentViewer viewer, Mailer mailer, PublicLinks links)
{
    public const string Subject = "A dosing record waits for a prescriber";

    /// <summary>
    /// Records and tells the warnings of the session's sheet, as just saved, that nobody was told of yet. Called after the
    /// change is saved, whichever form made it, so a warning raised by any of them is found; it saves its own records.
    /// </summary>
    public async Task TellWaitingWarningsAsync(Guid practiceId, Guid seriesSessionId)
    {
        if (await sheets.LoadAsync(practiceId, seriesSessionId, track: false) is not { Saved: true } sheet)
        {
            return;
        }

        var waiting = sheet.People
            .SelectMany(p => DosingChecks.WaitingForPrescriber(p.BeforeDose.Concat(p.BeforeDischarge), [.. p.Overrides.Select(o => o.Check)])
                .Select(f => (RecordId: p.Record.Id, f.Check)))
            .ToList();
        var recordIds = waiting.Select(w => w.RecordId).Distinct().ToList();
        var told = (await db.DoseWarningNotices.AsNoTracking().Where(n => n.PracticeId == practiceId && recordIds.Contains(n.DosingRecordId))
            .Select(n => new { n.DosingRecordId, n.Check }).ToListAsync())
            .Select(n => (n.DosingRecordId, n.Check)).ToHashSet();
        var fresh = waiting.Where(w => !told.Contains(w)).Select(w => new DoseWarningNotice { PracticeId = practiceId, DosingRecordId = w.RecordId, Check = w.Check }).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        db.DoseWarningNotices.AddRange(fresh);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            // Another save told them first, and its mail goes; EF rolled this save back to its savepoint.
            fresh.ForEach(n => db.Entry(n).State = EntityState.Detached);
            return;
        }

        var url = links.Page("/Dosing/Index", new { id = seriesSessionId });
        foreach (var prescriber in await PrescribersAsync(practiceId, sheet.Session.CaseId))
        {
            mailer.SendAfterCommit(prescriber.DisplayName, prescriber.Email!, Subject, $"""
                Hello {prescriber.DisplayName},

                A safety check on a dosing record raised a warning that only a prescriber can override. See it in Tandem:
                {url}
                """);
        }
    }

    /// <summary>
    /// The prescribers on the case team; when the team has none, every prescriber of the practice, since someone must be
    /// able to override. The one saving is not told: they are looking at the warning.
    /// </summary>
    private async Task<List<Staff>> PrescribersAsync(Guid practiceId, Guid caseId)
    {
        var prescribers = db.Users.AsNoTracking()
            .Where(u => u.PracticeId == practiceId && u.Email != null && u.LockoutEnd != Data.Identity.TandemUser.TurnedOff
                && (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where r.Name == Roles.Prescriber select ur.UserId).Contains(u.Id));
        var onTeam = await prescribers.Where(u => db.CaseTeamMembers.Any(t => t.PracticeId == practiceId && t.CaseId == caseId && t.StaffId == u.Id))
            .Select(u => new Staff(u.Id, u.DisplayName, u.Email)).ToListAsync();
        var told = onTeam.Count > 0 ? onTeam : await prescribers.Select(u => new Staff(u.Id, u.DisplayName, u.Email)).ToListAsync();
        return [.. told.Where(s => s.Id != viewer.Value.UserId)];
    }

    private sealed record Staff(Guid Id, string DisplayName, string? Email);
}

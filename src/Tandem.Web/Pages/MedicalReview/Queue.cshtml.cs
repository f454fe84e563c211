using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Infrastructure.Email;
using Tandem.Web.Pages.Shared;

namespace Tandem.Web.Pages.MedicalReview;

/// <summary>
/// Every case waiting for its medical review, a page at a time; a prescriber takes a review from here, which adds them
/// to the case team (audited) and tells the lead by an email that names no one and no care.
/// </summary>
public sealed class QueueModel(TandemDbContext db, CaseScope scope, AwaitingReview queue, ClinicalAudit audit, Mailer mailer, PublicLinks links) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "p")]
    public int Number { get; set; } = 1;

    public IReadOnlyList<AwaitingReview.Waiting> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;
    public bool IsPrescriber => scope.Viewer.IsPrescriber;

    public async Task OnGetAsync()
    {
        Zone = await db.PracticeZoneAsync(scope.Viewer.PracticeId);
        var total = await queue.Cases.CountAsync();
        Pager = new Pager(Pager.Clamp(Number, total, PageSize), total, PageSize, n => Url.Page("/MedicalReview/Queue", new { p = n })!);
        Rows = await queue.PageAsync(Pager.Skip, PageSize);
    }

    public async Task<IActionResult> OnPostTakeAsync(Guid caseId)
    {
        var facts = await scope.AuthorizeAsync(caseId, CaseOperations.TakeReview);
        if (facts is null)
        {
            return await scope.AuthorizeAsync(caseId, CaseOperations.ReadClinical) is not null && scope.Viewer.IsPrescriber
                ? RedirectToPage("/Cases/Details", new { id = caseId })
                : NotFound();
        }

        var me = scope.Viewer.UserId;
        db.CaseTeamMembers.Add(new CaseTeamMember { PracticeId = facts.PracticeId, CaseId = caseId, StaffId = me, AddedById = me });
        await audit.SaveAndRecordAllAsync(AuditCode.CaseTeam_MemberAdded, facts.ParticipantClientIds.Select(c => (nameof(CaseTeamMember), caseId, (Guid?)c)));
        if (facts.LeadStaffId is { } lead && await db.Users.AsNoTracking().Where(u => u.Id == lead).Select(u => new { u.DisplayName, u.Email }).FirstOrDefaultAsync() is { Email: not null } to)
        {
            var taker = await db.Users.AsNoTracking().Where(u => u.Id == me).Select(u => u.DisplayName).FirstAsync();
            mailer.SendAfterCommit(to.DisplayName, to.Email, "A prescriber joined one of your cases", $"""
                Hello {to.DisplayName},

                {taker} has taken the medical review of one of your cases and joined its team. See it in Tandem:
                {links.Page("/Cases/Details", new { id = caseId })}
                """);
        }

        return RedirectToPage("/Cases/Details", new { id = caseId });
    }
}

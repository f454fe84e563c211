using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Data;
using Tandem.Data.Identity;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Infrastructure.Email;

namespace Tandem.Web.Pages.Admin;

/// <summary>The admin invites a new staff member by email, with their roles; waiting invitations can be cancelled.</summary>
public sealed class InviteModel(
    TandemDbContext db, CurrentViewer viewer, UserManager<TandemUser> users, ClinicalAudit audit, Mailer mailer, PublicLinks links, TimeProvider clock) : PageModel
{
    /// <summary>Bound by the invite handler alone, so cancelling an invitation is not refused for an empty form.</summary>
    public InviteInput Input { get; private set; } = new();

    public IReadOnlyList<StaffInvitation> Waiting { get; private set; } = [];
    public TimeZoneInfo Zone { get; private set; } = TimeZoneInfo.Utc;

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAsync(InviteInput input)
    {
        Input = input;
        await LoadAsync();
        var email = Input.Email?.Trim() ?? "";
        var roles = Input.Roles.Aggregate(StaffRole.None, (all, r) => all | r);
        if (ModelState.Refuse(await CheckAsync(email, roles)) || !ModelState.IsValid)
        {
            return Page();
        }

        var practice = await db.Practices.Where(p => p.Id == viewer.Value.PracticeId).Select(p => p.Name).FirstAsync();
        var (invitation, token) = StaffInvitation.Create(viewer.Value.PracticeId, Input.Name.Trim(), email, roles, viewer.Value.UserId, clock.GetUtcNow().UtcDateTime);
        db.StaffInvitations.Add(invitation);
        await audit.SaveAndRecordAsync(AuditCode.StaffInvitation_Sent, nameof(StaffInvitation), invitation.Id, null);
        mailer.SendAfterCommit(invitation.DisplayName, email, $"Join {practice} on Tandem", $"""
            Hello {invitation.DisplayName},

            {practice} has invited you to Tandem as {StaffRoles.Describe(roles)}. Choose your password here:
            {links.Page("/Account/Join", new { token })}

            The link works once and expires in seven days.

            {practice}
            """);
        TempData["Saved"] = $"An invitation is on its way to {email}.";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCancelAsync(Guid id, Guid? version)
    {
        await LoadAsync();
        if (Waiting.FirstOrDefault(i => i.Id == id) is not { } invitation)
        {
            return NotFound();
        }

        var refusals = new Refusals();
        if (!invitation.IsAsShown(version))
        {
            refusals.AddStale($"The invitation to {invitation.Email}", "it was changed");
        }

        if (ModelState.Refuse(refusals))
        {
            return Page();
        }

        db.StaffInvitations.Remove(invitation);
        await audit.SaveAndRecordAsync(AuditCode.StaffInvitation_Cancelled, nameof(StaffInvitation), invitation.Id, null);
        TempData["Saved"] = $"The invitation to {invitation.Email} is cancelled: its link no longer works.";
        return RedirectToPage();
    }

    /// <summary>At least one role; then, for a well-formed form, an email no account uses and no invitation waits for.</summary>
    private async Task<Refusals> CheckAsync(string email, StaffRole roles)
    {
        var refusals = new Refusals();
        if (roles == StaffRole.None)
        {
            refusals.Add("Input.Roles", "Choose at least one role.");
        }

        if (!ModelState.IsValid || refusals.Any)
        {
            return refusals;
        }

        if (await users.FindByEmailAsync(email) is not null)
        {
            refusals.Add("Input.Email", "An account already uses this email.");
        }
        else if (Waiting.FirstOrDefault(i => string.Equals(i.Email, email, StringComparison.OrdinalIgnoreCase)) is { } waiting)
        {
            refusals.Add("Input.Email", $"An invitation to this email is waiting, sent {waiting.CreatedAt.When(Zone)}. Cancel it to send a new one.");
        }

        return refusals;
    }

    private async Task LoadAsync()
    {
        Zone = await db.PracticeZoneAsync(viewer.Value.PracticeId);
        var now = clock.GetUtcNow().UtcDateTime;
        Waiting = await db.StaffInvitations.Where(i => i.PracticeId == viewer.Value.PracticeId && i.UsedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.CreatedAt).ToListAsync();
    }

    public sealed class InviteInput
    {
        [Required(ErrorMessage = "Give their name as colleagues and clients will read it.")]
        [StringLength(StaffInvitation.MaxNameLength, ErrorMessage = "Keep the name under 200 characters.")]
        public string Name { get; set; } = "";

        [Required(ErrorMessage = "Give the email the invitation goes to.")]
        [EmailAddress(ErrorMessage = "This is not an email address.")]
        [StringLength(256)]
        public string Email { get; set; } = "";

        public List<StaffRole> Roles { get; set; } = [];
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Data;
using Tandem.Web.Authorization;

namespace Tandem.Web.Pages.Admin;

/// <summary>The practice's staff accounts and their roles: the admin's view, with no clinical content.</summary>
public sealed class StaffModel(TandemDbContext db, CurrentViewer viewer, TimeProvider clock) : PageModel
{
    private static readonly string[] StaffRoles = [Roles.PracticeAdmin, Roles.Clinician, Roles.Prescriber];

    public IReadOnlyList<StaffRow> Staff { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var practiceId = viewer.Value.PracticeId;
        var now = clock.GetUtcNow();
        var rows = await (
                from u in db.Users.AsNoTracking()
                where u.PracticeId == practiceId
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where StaffRoles.Contains(r.Name!)
                select new { u.Id, u.DisplayName, u.Email, u.LockoutEnd, Role = r.Name! })
            .ToListAsync();
        Staff = rows
            .GroupBy(r => r.Id)
            .Select(g => new StaffRow(
                g.First().DisplayName,
                g.First().Email ?? "",
                [.. g.Select(r => r.Role).Order(StringComparer.Ordinal)],
                g.First().LockoutEnd > now))
            .OrderBy(s => s.Name, StringComparer.CurrentCulture)
            .ToList();
    }

    public sealed record StaffRow(string Name, string Email, IReadOnlyList<string> Roles, bool LockedOut);
}

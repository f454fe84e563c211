using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Core.Register;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Register;

/// <summary>
/// The admin names the staff who keep the register beside its prescribers: custodians record receipts, transfers, counts,
/// returns and destruction. Naming and un-naming are audited and in force from that person's next page.
/// </summary>
public sealed class CustodiansModel(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit) : PageModel
{
    public IReadOnlyList<StaffRow> Staff { get; private set; } = [];

    public Task OnGetAsync() => LoadAsync();

    public Task<IActionResult> OnPostNameAsync(Guid staffId, Guid? custodianVersion) => ChangeAsync(staffId, custodianVersion, named: true);

    public Task<IActionResult> OnPostUnnameAsync(Guid staffId, Guid? custodianVersion) => ChangeAsync(staffId, custodianVersion, named: false);

    private async Task<IActionResult> ChangeAsync(Guid staffId, Guid? shown, bool named)
    {
        await LoadAsync();
        if (Staff.FirstOrDefault(s => s.Id == staffId) is not { } member)
        {
            return NotFound();
        }

        var row = await db.RegisterCustodians.FirstOrDefaultAsync(c => c.PracticeId == viewer.Value.PracticeId && c.UserId == staffId);
        var asShown = row is null ? shown is null || shown == Guid.Empty : row.IsAsShown(shown);
        var refusals = new Refusals();
        if (!asShown || (row?.Named ?? false) == named)
        {
            refusals.AddStale($"Whether {member.Name} keeps the register", member.Custodian ? "they are a custodian" : "they are not a custodian");
        }

        if (ModelState.Refuse(refusals))
        {
            return Page();
        }

        if (row is null)
        {
            row = new RegisterCustodian { PracticeId = viewer.Value.PracticeId, UserId = staffId };
            db.RegisterCustodians.Add(row);
        }

        row.Named = named;
        await audit.SaveAndRecordAsync(named ? AuditCode.RegisterCustodian_Named : AuditCode.RegisterCustodian_Unnamed, nameof(RegisterCustodian), row.Id, null);
        TempData["Saved"] = named ? $"{member.Name} is a custodian of the register, from their next page." : $"{member.Name} no longer keeps the register, from their next page.";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var practiceId = viewer.Value.PracticeId;
        var rows = await (
                from u in db.Users.AsNoTracking()
                where u.PracticeId == practiceId
                join ur in db.UserRoles on u.Id equals ur.UserId
                join r in db.Roles on ur.RoleId equals r.Id
                where Roles.Staff.Contains(r.Name!)
                select new { u.Id, u.DisplayName, Role = r.Name! })
            .ToListAsync();
        var custodians = await db.RegisterCustodians.AsNoTracking().Where(c => c.PracticeId == practiceId).ToDictionaryAsync(c => c.UserId);
        Staff = [.. rows.GroupBy(r => r.Id)
            .Select(g => new StaffRow(g.Key, g.First().DisplayName, StaffRoles.Of(g.Select(r => r.Role)), custodians.GetValueOrDefault(g.Key)))
            .OrderBy(s => s.Name, StringComparer.CurrentCulture).ThenBy(s => s.Id)];
    }

    /// <param name="Row">The custodian row, once the admin has named them; its version travels in the form.</param>
    public sealed record StaffRow(Guid Id, string Name, StaffRole Roles, RegisterCustodian? Row)
    {
        public bool Custodian => Row?.Named ?? false;
        public bool Prescriber => Roles.HasFlag(StaffRole.Prescriber);
    }
}

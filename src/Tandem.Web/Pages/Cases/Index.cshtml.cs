using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Pages.Shared;

namespace Tandem.Web.Pages.Cases;

/// <summary>
/// Every case of the practice a page at a time, by stage, mine or all, found by name: what the dashboard's counts link
/// to. Names and stages for any clinician, as on the case page; which are "mine" is the access rule's to say.
/// </summary>
public sealed class IndexModel(TandemDbContext db, CaseScope scope) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true)]
    public CaseStage? Stage { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Mine { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    /// <summary>The page number ("page" itself is the route value Razor Pages routes by).</summary>
    [BindProperty(SupportsGet = true, Name = "p")]
    public int Number { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public Pager Pager { get; private set; } = null!;

    public sealed record Row(Guid Id, string Name, CaseKind Kind, CaseStage Stage, string? Lead, bool OnMyTeam);

    public async Task OnGetAsync()
    {
        var me = scope.Viewer.UserId;
        var cases = scope.Cases.AsNoTracking();
        if (Stage is { } stage)
        {
            cases = cases.Where(c => c.Stage == stage);
        }

        if (Mine)
        {
            cases = cases.Where(c => db.CasesOnTeamOf(scope.Viewer.PracticeId, me).Contains(c.Id));
        }

        if (Q?.Trim() is { Length: > 0 } words)
        {
            var pattern = "%" + words.ToLowerInvariant().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
#pragma warning disable CA1304, CA1311 // Translated to SQL's lower() on both providers; never run in .NET.
            cases = cases.Where(c => EF.Functions.Like(c.Name.ToLower(), pattern, "\\"));
#pragma warning restore CA1304, CA1311
        }

        var total = await cases.CountAsync();
        Pager = new Pager(Pager.Clamp(Number, total, PageSize), total, PageSize, UrlOf);
        var page = await cases.OrderBy(c => c.Name).ThenBy(c => c.Id).Skip(Pager.Skip).Take(PageSize)
            .Select(c => new
            {
                c.Id, c.Name, c.Kind, c.Stage,
                Lead = c.Team.Where(t => t.IsLead).Join(db.Users, t => t.StaffId, u => u.Id, (t, u) => u.DisplayName).FirstOrDefault(),
            })
            .ToListAsync();
        var mine = await scope.AllowedAmongAsync([.. page.Select(c => c.Id)], CaseOperations.ReadClinical);
        Rows = [.. page.Select(c => new Row(c.Id, c.Name, c.Kind, c.Stage, c.Lead, mine.Contains(c.Id)))];
    }

    private string UrlOf(int number) =>
        Url.Page("/Cases/Index", new { stage = Stage, mine = Mine ? true : (bool?)null, q = string.IsNullOrWhiteSpace(Q) ? null : Q, p = number })!;
}

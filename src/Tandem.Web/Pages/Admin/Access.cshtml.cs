using System.Globalization;
using System.Text;
using CsvHelper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Clients;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Access;
using Tandem.Web.Pages.Find;

namespace Tandem.Web.Pages.Admin;

/// <summary>
/// The practice admin produces a client's access report for a range of days, on screen or as CSV; producing it is
/// itself audited, naming the client.
/// </summary>
public sealed class AccessModel(TandemDbContext db, CurrentViewer viewer, AccessReport access, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? ClientId { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    /// <summary>Who to find the client by: the page never lists the whole practice.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public const int Shown = 50;
    public IReadOnlyList<(Guid Id, string Name)> Matches { get; private set; } = [];
    public AccessReport.Report? Report { get; private set; }
    public string? ClientName { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var practiceId = viewer.Value.PracticeId;
        var today = await db.PracticeTodayAsync(practiceId, clock);
        (From, To) = (From ?? today.AddMonths(-1), To ?? today);
        if (ClientId is not { } clientId)
        {
            if (SearchText.Words(Q ?? "") is { Count: > 0 } words)
            {
                var found = await db.Clients.AsNoTracking().Where(c => c.PracticeId == practiceId).Matching(words)
                    .OrderBy(c => c.LastName).ThenBy(c => c.FirstName).ThenBy(c => c.Id).Take(Shown + 1)
                    .Select(c => new { c.Id, c.FirstName, c.LastName }).ToListAsync();
                Matches = [.. found.Select(c => (c.Id, $"{c.FirstName} {c.LastName}"))];
            }

            return Page();
        }

        ClientName = await db.Clients.AsNoTracking().Where(c => c.PracticeId == practiceId && c.Id == clientId)
            .Select(c => c.FirstName + " " + c.LastName).FirstOrDefaultAsync();
        if (ClientName is null)
        {
            return NotFound();
        }

        var refusals = new Refusals();
        if (From > To)
        {
            refusals.Add(nameof(To), "The end of the range must be on or after its start.");
        }

        if (ModelState.Refuse(refusals))
        {
            return Page();
        }

        if (await access.ForAsync(practiceId, clientId, From.Value, To.Value) is not { } report)
        {
            return NotFound();
        }

        Report = report;
        await audit.RecordReadAsync(AuditCode.AccessReport_Produced, nameof(AccessReport), clientId, clientId);
        return Page();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        if (await OnGetAsync() is not PageResult || Report is null)
        {
            return NotFound();
        }

        await using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteRecord(["when", "who", "role", "what"]);
            foreach (var row in Report.Rows)
            {
                var local = new DateTimeOffset(row.AtUtc.In(Report.Zone), Report.Zone.GetUtcOffset(row.AtUtc));
                csv.WriteRecord([local.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture), row.Who, row.Role, row.What]);
            }
        }

        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv", $"access-report-{From:yyyy-MM-dd}-to-{To:yyyy-MM-dd}.csv");
    }
}

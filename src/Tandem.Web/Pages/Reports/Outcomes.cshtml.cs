using System.Text;
using System.Text.Json;
using Hl7.Fhir.Serialization;
using Microsoft.EntityFrameworkCore;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Tandem.Core.Audit;
using Tandem.Core.Measures;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Measures;

namespace Tandem.Web.Pages.Reports;

/// <summary>The practice's de-identified outcome report for clients whose baseline falls in a date range, with its exports.</summary>
public sealed class OutcomesModel(
    TandemDbContext db, CurrentViewer viewer, OutcomeData data, MapOutcomeData maps, PracticeInstruments practiceInstruments, ClinicalAudit audit, TimeProvider clock) : PageModel
{
    private static readonly JsonSerializerOptions Fhir = new JsonSerializerOptions().ForFhir();

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    public IReadOnlyList<(Instrument Instrument, IReadOnlyList<TimepointOutcome> Rows)> Tables { get; private set; } = [];
    public IReadOnlyList<PairedOutcome> Paired { get; private set; } = [];
    public IReadOnlyDictionary<string, int> Baselines { get; private set; } = new Dictionary<string, int>();
    public IReadOnlyDictionary<string, int> MaintenanceBaselines { get; private set; } = new Dictionary<string, int>();
    public IReadOnlyList<Core.RippleMap.MapTimepointOutcome> MapRows { get; private set; } = [];

    /// <summary>The practice's smallest group shown; smaller counts read "fewer than" it.</summary>
    public int MinimumCell { get; private set; } = SmallCells.DefaultMinimum;

    public async Task<IActionResult> OnGetAsync()
    {
        var (instruments, refusals) = await RangeAsync();
        ModelState.Refuse(refusals);
        await ReportAsync(instruments);
        return Page();
    }

    public async Task<IActionResult> OnGetMapCsvAsync()
    {
        var (instruments, refusals) = await RangeAsync();
        var drawn = await MapsAsync(refusals);
        if (!MayExportMaps(drawn, refusals))
        {
            await ReportAsync(instruments);
            return Page();
        }

        await audit.RecordReadAsync(AuditCode.OutcomeReport_Exported, "OutcomeReport", viewer.Value.PracticeId, null);
        var text = new StringWriter();
        MapCsv.Write(text, drawn);
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv", $"relationship-maps-{From:yyyy-MM-dd}-to-{To:yyyy-MM-dd}.csv");
    }

    public async Task<IActionResult> OnGetMapFhirAsync()
    {
        var (instruments, refusals) = await RangeAsync();
        var drawn = await MapsAsync(refusals);
        if (!MayExportMaps(drawn, refusals))
        {
            await ReportAsync(instruments);
            return Page();
        }

        await audit.RecordReadAsync(AuditCode.OutcomeReport_Exported, "OutcomeReport", viewer.Value.PracticeId, null);
        Attach("application/fhir+json", $"relationship-maps-{From:yyyy-MM-dd}-to-{To:yyyy-MM-dd}.json");
        await JsonSerializer.SerializeAsync(Response.Body, MapFhir.Build(drawn), Fhir, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    public Task<IActionResult> OnGetCsvAsync() =>
        ExportAsync(withAnswers: false, "text/csv", "csv", groups => OutcomeCsv.WriteAsync(Response.Body, groups, HttpContext.RequestAborted));

    public Task<IActionResult> OnGetFhirAsync() =>
        ExportAsync(withAnswers: true, "application/fhir+json", "json", groups => OutcomeFhir.WriteAsync(Response.BodyWriter, groups, Fhir, HttpContext.RequestAborted));

    /// <summary>Streams the rows straight to the response, so a large practice's export is never held whole.</summary>
    private async Task<IActionResult> ExportAsync(bool withAnswers, string contentType, string extension, Func<IAsyncEnumerable<IReadOnlyList<OutcomeData.Answered>>, Task> write)
    {
        var (instruments, refusals) = await RangeAsync();
        if (ModelState.IsValid && !refusals.Any)
        {
            if (await data.ExportableAsync(viewer.Value.PracticeId, instruments, From!.Value, To!.Value, MinimumCell, withAnswers, HttpContext.RequestAborted) is { } groups)
            {
                await audit.RecordReadAsync(AuditCode.OutcomeReport_Exported, "OutcomeReport", viewer.Value.PracticeId, null);
                Attach(contentType, $"outcomes-{From:yyyy-MM-dd}-to-{To:yyyy-MM-dd}.{extension}");
                await write(groups);
                return new EmptyResult();
            }

            refusals.Add("", $"This range has {SmallCells.FewerThan(MinimumCell)} clients, so its rows are not exported: someone could be recognised in them. Choose a wider range.");
        }

        ModelState.Refuse(refusals);
        await ReportAsync(instruments);
        return Page();
    }

    private void Attach(string contentType, string fileName)
    {
        Response.ContentType = contentType;
        Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = fileName }.ToString();
    }

    /// <summary>Row-level exports of fewer clients than the smallest group shown would let a reader pick someone out.</summary>
    private bool MayExportMaps(List<MapOutcomeData.Drawn> drawn, Refusals refusals)
    {
        var clients = drawn.Select(d => d.Pseudonym).Distinct().Count();
        if (ModelState.IsValid && !refusals.Any && clients < MinimumCell)
        {
            refusals.Add("", $"This range has {SmallCells.FewerThan(MinimumCell)} clients with maps, so their rows are not exported: someone could be recognised in them. Choose a wider range.");
        }

        return !ModelState.Refuse(refusals) && ModelState.IsValid;
    }

    private async Task<List<MapOutcomeData.Drawn>> MapsAsync(Refusals refusals) =>
        ModelState.IsValid && !refusals.Any ? await maps.LoadAsync(viewer.Value.PracticeId, From!.Value, To!.Value) : [];

    /// <summary>The report's tables, shown beside a refused export too, whose rows are few.</summary>
    private async Task ReportAsync(IReadOnlyList<Instrument> instruments)
    {
        if (From > To)
        {
            return;
        }

        var answered = await data.LoadAsync(viewer.Value.PracticeId, instruments, From!.Value, To!.Value);
        Tables = [.. OutcomeData.Summarise(instruments, answered)];
        Paired = OutcomeData.Paired(answered);
        var baselines = answered.Where(a => a.Timepoint == Timepoint.Baseline).ToList();
        Baselines = baselines.GroupBy(a => a.Instrument.Code).ToDictionary(g => g.Key, g => g.Count());
        MaintenanceBaselines = baselines.Where(a => a.BaselineKind == BaselineKind.BeforeFirstDose).GroupBy(a => a.Instrument.Code).ToDictionary(g => g.Key, g => g.Count());
        MapRows = MapOutcomeData.Summarise(await maps.LoadAsync(viewer.Value.PracticeId, From.Value, To.Value));
    }

    /// <summary>
    /// The range asked for, the last two years by default, and the practice's instruments and smallest group shown; with
    /// the refusal of a range that ends before it starts.
    /// </summary>
    private async Task<(IReadOnlyList<Instrument> Instruments, Refusals Refusals)> RangeAsync()
    {
        MinimumCell = await db.Practices.Where(p => p.Id == viewer.Value.PracticeId).Select(p => p.MinimumCellSize).SingleAsync();
        var today = await db.PracticeTodayAsync(viewer.Value.PracticeId, clock);
        (From, To) = (From ?? today.AddYears(-2), To ?? today);
        var refusals = new Refusals();
        if (From > To)
        {
            refusals.Add(nameof(To), "The end of the range must be on or after its start.");
        }

        return (await practiceInstruments.AllAsync(viewer.Value.PracticeId), refusals);
    }
}

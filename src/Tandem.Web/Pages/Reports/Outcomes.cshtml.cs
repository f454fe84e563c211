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
        var (instruments, answered) = await LoadAsync();
        Summarise(instruments, answered);
        MapRows = MapOutcomeData.Summarise(await MapsAsync());
        return Page();
    }

    public async Task<IActionResult> OnGetMapCsvAsync()
    {
        var (instruments, answered) = await LoadAsync();
        var drawn = await MapsAsync();
        if (!MayExportMaps(instruments, answered, drawn))
        {
            return Page();
        }

        await audit.RecordAsync(AuditCode.OutcomeReport_Exported, "OutcomeReport", viewer.Value.PracticeId, null);
        var text = new StringWriter();
        MapCsv.Write(text, drawn);
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv", $"relationship-maps-{From:yyyy-MM-dd}-to-{To:yyyy-MM-dd}.csv");
    }

    public async Task<IActionResult> OnGetMapFhirAsync()
    {
        var (instruments, answered) = await LoadAsync();
        var drawn = await MapsAsync();
        if (!MayExportMaps(instruments, answered, drawn))
        {
            return Page();
        }

        await audit.RecordAsync(AuditCode.OutcomeReport_Exported, "OutcomeReport", viewer.Value.PracticeId, null);
        Response.ContentType = "application/fhir+json";
        Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = $"relationship-maps-{From:yyyy-MM-dd}-to-{To:yyyy-MM-dd}.json" }.ToString();
        await JsonSerializer.SerializeAsync(Response.Body, MapFhir.Build(drawn), Fhir, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    public async Task<IActionResult> OnGetCsvAsync()
    {
        var (instruments, answered) = await LoadAsync();
        if (!MayExport(instruments, answered))
        {
            return Page();
        }

        await audit.RecordAsync(AuditCode.OutcomeReport_Exported, "OutcomeReport", viewer.Value.PracticeId, null);
        var text = new StringWriter();
        OutcomeCsv.Write(text, answered);
        return File(Encoding.UTF8.GetBytes(text.ToString()), "text/csv", $"outcomes-{From:yyyy-MM-dd}-to-{To:yyyy-MM-dd}.csv");
    }

    public async Task<IActionResult> OnGetFhirAsync()
    {
        var (instruments, answered) = await LoadAsync(withAnswers: true);
        if (!MayExport(instruments, answered))
        {
            return Page();
        }

        await audit.RecordAsync(AuditCode.OutcomeReport_Exported, "OutcomeReport", viewer.Value.PracticeId, null);
        var bundle = OutcomeFhir.Build(answered);
        answered.Clear();

        // Written straight to the response, so a large practice's report is never held whole as bytes as well.
        Response.ContentType = "application/fhir+json";
        Response.Headers.ContentDisposition = new System.Net.Mime.ContentDisposition { FileName = $"outcomes-{From:yyyy-MM-dd}-to-{To:yyyy-MM-dd}.json" }.ToString();
        await JsonSerializer.SerializeAsync(Response.Body, bundle, Fhir, HttpContext.RequestAborted);
        return new EmptyResult();
    }

    /// <summary>Row-level exports of fewer clients than the smallest group shown would let a reader pick someone out.</summary>
    private bool MayExport(IReadOnlyList<Instrument> instruments, List<OutcomeData.Answered> answered)
    {
        var clients = answered.Select(a => a.Pseudonym).Distinct().Count();
        if (ModelState.IsValid && clients < MinimumCell)
        {
            ModelState.AddModelError("", $"This range has {SmallCells.FewerThan(MinimumCell)} clients, so its rows are not exported: someone could be recognised in them. Choose a wider range.");
        }

        Summarise(instruments, answered);
        return ModelState.IsValid;
    }

    private bool MayExportMaps(IReadOnlyList<Instrument> instruments, List<OutcomeData.Answered> answered, List<MapOutcomeData.Drawn> drawn)
    {
        var clients = drawn.Select(d => d.Pseudonym).Distinct().Count();
        if (ModelState.IsValid && clients < MinimumCell)
        {
            ModelState.AddModelError("", $"This range has {SmallCells.FewerThan(MinimumCell)} clients with maps, so their rows are not exported: someone could be recognised in them. Choose a wider range.");
        }

        Summarise(instruments, answered);
        MapRows = MapOutcomeData.Summarise(drawn);
        return ModelState.IsValid;
    }

    private async Task<List<MapOutcomeData.Drawn>> MapsAsync() =>
        ModelState.IsValid ? await maps.LoadAsync(viewer.Value.PracticeId, From!.Value, To!.Value) : [];

    private void Summarise(IReadOnlyList<Instrument> instruments, List<OutcomeData.Answered> answered)
    {
        if (!ModelState.IsValid && answered.Count == 0)
        {
            return;
        }

        Tables = [.. OutcomeData.Summarise(instruments, answered)];
        Paired = OutcomeData.Paired(answered);
        var baselines = answered.Where(a => a.Timepoint == MeasurementSchedule.Baseline).ToList();
        Baselines = baselines.GroupBy(a => a.Instrument.Code).ToDictionary(g => g.Key, g => g.Count());
        MaintenanceBaselines = baselines.Where(a => a.BaselineKind == BaselineKind.BeforeFirstDose).GroupBy(a => a.Instrument.Code).ToDictionary(g => g.Key, g => g.Count());
    }

    private async Task<(IReadOnlyList<Instrument> Instruments, List<OutcomeData.Answered> Answered)> LoadAsync(bool withAnswers = false)
    {
        MinimumCell = await db.Practices.Where(p => p.Id == viewer.Value.PracticeId).Select(p => p.MinimumCellSize).SingleAsync();
        var instruments = await practiceInstruments.AllAsync(viewer.Value.PracticeId);
        var today = await db.PracticeTodayAsync(viewer.Value.PracticeId, clock);
        (From, To) = (From ?? today.AddYears(-2), To ?? today);
        if (From > To)
        {
            ModelState.AddModelError(nameof(To), "The end of the range must be on or after its start.");
            return (instruments, []);
        }

        return (instruments, await data.LoadAsync(viewer.Value.PracticeId, instruments, From.Value, To.Value, withAnswers));
    }
}

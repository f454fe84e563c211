using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Core.Measures;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Measures;

namespace Tandem.Web.Pages.Settings;

/// <summary>
/// How the practice judges change on each questionnaire. PHQ-9 and GAD-7 carry NHS Talking Therapies' fixed thresholds;
/// for the others a prescriber enters the published standard deviation and reliability, with their source, and reliable
/// change follows by Jacobson &amp; Truax.
/// </summary>
public sealed class MeasuresModel(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit) : PageModel
{
    public IReadOnlyList<Instrument> Instruments { get; private set; } = [];
    public IReadOnlyDictionary<string, MeasureReference> References { get; private set; } = new Dictionary<string, MeasureReference>();
    public bool CanChange => User.IsInRole(Roles.Prescriber);

    [BindProperty]
    public ReferenceInput Input { get; set; } = new();

    public async Task OnGetAsync() => await LoadAsync();

    /// <summary>The form for one instrument: what is saved, or what the prescriber just tried to save.</summary>
    public ReferenceInput FormFor(Instrument instrument) =>
        Input.InstrumentCode == instrument.Code ? Input
        : References.TryGetValue(instrument.Code, out var saved)
            ? new ReferenceInput { InstrumentCode = saved.InstrumentCode, StandardDeviation = saved.StandardDeviation, Reliability = saved.Reliability, Source = saved.Source, Version = saved.Version }
            : new ReferenceInput { InstrumentCode = instrument.Code };

    public async Task<IActionResult> OnPostAsync()
    {
        if (!CanChange)
        {
            return Forbid();
        }

        await LoadAsync();
        var instrument = Instruments.FirstOrDefault(i => i.Code == Input.InstrumentCode && i.TakesReferenceValues);
        if (instrument is null)
        {
            return NotFound();
        }

        var refusals = new Refusals();
        if (Input.StandardDeviation > instrument.MaximumScore - instrument.MinimumScore)
        {
            refusals.Add($"{nameof(Input)}.{nameof(Input.StandardDeviation)}",
                $"A standard deviation on {instrument.Code} cannot exceed its range of {instrument.Show(instrument.MinimumScore)}–{instrument.Show(instrument.MaximumScore)}.");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        var practiceId = viewer.Value.PracticeId;
        var reference = await db.MeasureReferences.FirstOrDefaultAsync(r => r.PracticeId == practiceId && r.InstrumentCode == instrument.Code);
        if (reference is null)
        {
            reference = new MeasureReference { PracticeId = practiceId, InstrumentCode = instrument.Code };
            db.MeasureReferences.Add(reference);
        }
        else
        {
            db.Entry(reference).Property(r => r.Version).OriginalValue = Input.Version;
        }

        (reference.StandardDeviation, reference.Reliability, reference.Source) = (Input.StandardDeviation!.Value, Input.Reliability!.Value, Input.Source!.Trim());
        try
        {
            await audit.SaveAndRecordAsync(AuditCode.MeasureReference_Changed, nameof(MeasureReference), reference.Id, null);
        }
        catch (DbUpdateException error) when (error is DbUpdateConcurrencyException || error.IsUniqueViolation())
        {
            db.ChangeTracker.Clear();
            await LoadAsync();
            ModelState.Refuse([("", $"Someone else saved {instrument.Code}'s reference values while you were editing. Theirs are shown; save again if you still need to.")]);
            Input = new ReferenceInput();
            return Page();
        }

        var entered = instrument.With(reference.ToValues());
        TempData["Saved"] = $"Saved. On {instrument.Code} a change of {entered.Show(entered.SmallestReliableChange!.Value)} points or more is now reliable (computed {reference.ToValues().ReliableChange:0.00}).";
        return RedirectToPage();
    }

    private async Task LoadAsync()
    {
        var practiceId = viewer.Value.PracticeId;
        References = await db.MeasureReferences.AsNoTracking().Where(r => r.PracticeId == practiceId).ToDictionaryAsync(r => r.InstrumentCode);
        Instruments = PracticeInstruments.With(References.Values);
    }

    public sealed class ReferenceInput
    {
        public string InstrumentCode { get; set; } = "";
        public Guid Version { get; set; }

        [Required(ErrorMessage = "Enter the published standard deviation.")]
        [Range(0.01, 1000, ErrorMessage = "A standard deviation is a number above 0.")]
        public double? StandardDeviation { get; set; }

        [Required(ErrorMessage = "Enter the published reliability.")]
        [Range(0.01, 0.999, ErrorMessage = "Reliability is a number between 0 and 1, such as 0.90.")]
        public double? Reliability { get; set; }

        [Required(ErrorMessage = "Say where the values were published, so a reader of the report can check them.")]
        [StringLength(MeasureReference.SourceMaxLength, ErrorMessage = "Keep the source under 500 characters.")]
        public string? Source { get; set; }
    }
}

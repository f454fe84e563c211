using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Register;
using Tandem.Core.Scheduling;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Register;

/// <summary>The ketamine products the practice keeps and the safes it keeps them in. Added, never renamed: the register names them.</summary>
public sealed class StockModel(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit) : PageModel
{
    private const string ProductTaken = "The practice already keeps a product with this name.";
    private const string LocationTaken = "The practice already has a location with this name.";

    public IReadOnlyList<StockProduct> Products { get; private set; } = [];
    public IReadOnlyList<StorageLocation> Locations { get; private set; } = [];
    public IReadOnlyList<Room> Rooms { get; private set; } = [];
    public ProductInput Product { get; private set; } = new();
    public LocationInput Location { get; private set; } = new();
    public RegisterSettings? Settings { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public async Task<IActionResult> OnPostAddProductAsync(ProductInput product)
    {
        Product = product;
        await LoadAsync();
        var name = product.Name?.Trim();
        var refusals = new Refusals();
        if (Products.Any(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            refusals.Add("Product.Name", ProductTaken);
        }

        if (!decimal.TryParse(product.MgPerUnit, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var mg)
            || mg <= 0 || mg > 100_000 || decimal.Round(mg, 3) != mg)
        {
            refusals.Add("Product.MgPerUnit", "Give the strength in mg as a number above zero, e.g. 100 (per troche) or 50 (per mL of a vial).");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        var added = new StockProduct { PracticeId = viewer.Value.PracticeId, Name = name!, Form = product.Form!.Value, MgPerUnit = mg };
        db.StockProducts.Add(added);
        try
        {
            await audit.SaveAndRecordAsync(AuditCode.StockProduct_Added, nameof(StockProduct), added.Id, null);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            ModelState.Refuse([("Product.Name", ProductTaken)]);
            return Page();
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostAddLocationAsync(LocationInput location)
    {
        Location = location;
        await LoadAsync();
        var name = location.Name?.Trim();
        var refusals = new Refusals();
        if (Locations.Any(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            refusals.Add("Location.Name", LocationTaken);
        }

        if (location.RoomId is { } roomId && Rooms.All(r => r.Id != roomId))
        {
            refusals.Add("Location.RoomId", "Choose one of the practice's rooms, or the whole site.");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        var added = new StorageLocation { PracticeId = viewer.Value.PracticeId, Name = name!, RoomId = location.RoomId };
        db.StorageLocations.Add(added);
        try
        {
            await audit.SaveAndRecordAsync(AuditCode.StorageLocation_Added, nameof(StorageLocation), added.Id, null);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            ModelState.Refuse([("Location.Name", LocationTaken)]);
            return Page();
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostJurisdictionAsync(Jurisdiction? jurisdiction, Guid? version)
    {
        ModelState.Clear();
        await LoadAsync();
        var shown = Settings is null ? version is null || version == Guid.Empty : Settings.IsAsShown(version);
        var refusals = new Refusals();
        if (!shown)
        {
            refusals.AddStale("The register's jurisdiction", $"it is {RegisterWording.Name(Settings?.Jurisdiction ?? Jurisdiction.UnitedStates)}");
        }
        else if (jurisdiction is not { } chosen || !Enum.IsDefined(chosen))
        {
            refusals.Add("jurisdiction", "Choose the United States or the United Kingdom.");
        }

        if (ModelState.Refuse(refusals))
        {
            return Page();
        }

        var settings = await db.RegisterSettings.FirstOrDefaultAsync(s => s.PracticeId == viewer.Value.PracticeId);
        if (settings is null)
        {
            settings = new RegisterSettings { PracticeId = viewer.Value.PracticeId };
            db.RegisterSettings.Add(settings);
        }

        settings.Jurisdiction = jurisdiction!.Value;
        await audit.SaveAndRecordAsync(AuditCode.RegisterJurisdiction_Changed, nameof(RegisterSettings), settings.Id, null);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRequiredCountsAsync(List<CountKind> requiredCounts, Guid? settingsVersion)
    {
        ModelState.Clear();
        await LoadAsync();
        var shown = Settings is null ? settingsVersion is null || settingsVersion == Guid.Empty : Settings.IsAsShown(settingsVersion);
        var refusals = new Refusals();
        if (!shown)
        {
            refusals.AddStale("The register's settings", $"the counts required are {Describe(Settings?.RequiredCounts ?? CountKind.None)}");
        }
        else if (requiredCounts.Any(k => !CountSchedule.Each.Contains(k)))
        {
            refusals.Add("requiredCounts", "Choose among the daily count, the weekly count and the biennial inventory.");
        }

        if (ModelState.Refuse(refusals))
        {
            return Page();
        }

        var settings = await db.RegisterSettings.FirstOrDefaultAsync(s => s.PracticeId == viewer.Value.PracticeId);
        if (settings is null)
        {
            settings = new RegisterSettings { PracticeId = viewer.Value.PracticeId };
            db.RegisterSettings.Add(settings);
        }

        settings.RequiredCounts = requiredCounts.Aggregate(CountKind.None, (all, k) => all | k);
        await audit.SaveAndRecordAsync(AuditCode.RequiredCounts_Changed, nameof(RegisterSettings), settings.Id, null);
        return RedirectToPage();
    }

    public static string Describe(CountKind required) =>
        required == CountKind.None ? "none" : string.Join(", ", CountSchedule.Each.Where(k => required.HasFlag(k)).Select(k => k.Name().ToLowerInvariant()));

    private async Task LoadAsync()
    {
        var practiceId = viewer.Value.PracticeId;
        Settings = await db.RegisterSettings.AsNoTracking().FirstOrDefaultAsync(s => s.PracticeId == practiceId);
        Products = await db.StockProducts.AsNoTracking().Where(p => p.PracticeId == practiceId).OrderBy(p => p.Name).ToListAsync();
        Locations = await db.StorageLocations.AsNoTracking().Where(l => l.PracticeId == practiceId).OrderBy(l => l.Name).ToListAsync();
        Rooms = await db.Rooms.AsNoTracking().Where(r => r.PracticeId == practiceId && r.IsActive).OrderBy(r => r.Name).ToListAsync();
    }

    public sealed class ProductInput
    {
        [Required(ErrorMessage = "Name the product as its label does, e.g. “Ketamine HCl troche 100 mg”.")]
        [StringLength(StockProduct.MaxNameLength, ErrorMessage = "Keep the name under 120 characters.")]
        public string? Name { get; set; }

        [Required(ErrorMessage = "Choose the form: troche, lozenge, tablet or vial.")]
        [EnumDataType(typeof(DosageForm), ErrorMessage = "Choose the form: troche, lozenge, tablet or vial.")]
        public DosageForm? Form { get; set; }

        public string? MgPerUnit { get; set; }
    }

    public sealed class LocationInput
    {
        [Required(ErrorMessage = "Name the location, e.g. “Willow room safe”.")]
        [StringLength(StorageLocation.MaxNameLength, ErrorMessage = "Keep the name under 80 characters.")]
        public string? Name { get; set; }

        public Guid? RoomId { get; set; }
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Scheduling;
using Tandem.Data;
using Tandem.Web.Authorization;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Settings;

/// <summary>The practice's rooms. A room taken out of use is no longer offered for new appointments; booked ones keep it.</summary>
public sealed class RoomsModel(TandemDbContext db, CurrentViewer viewer, ClinicalAudit audit) : PageModel
{
    public IReadOnlyList<Room> Rooms { get; private set; } = [];

    [BindProperty]
    [Required(ErrorMessage = "Name the room.")]
    [StringLength(Room.MaxNameLength, ErrorMessage = "Keep the name under 80 characters.")]
    public string? Name { get; set; }

    public async Task OnGetAsync() => await LoadAsync();

    public async Task<IActionResult> OnPostAddAsync()
    {
        await LoadAsync();
        var name = Name?.Trim();
        var refusals = new Refusals();
        if (Rooms.Any(r => string.Equals(r.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            refusals.Add(nameof(Name), "The practice already has a room with this name.");
        }

        if (ModelState.Refuse(refusals) || !ModelState.IsValid)
        {
            return Page();
        }

        var room = new Room { PracticeId = viewer.Value.PracticeId, Name = name! };
        db.Rooms.Add(room);
        try
        {
            await audit.SaveAndRecordAsync(AuditCode.Room_Changed, nameof(Room), room.Id, null);
        }
        catch (DbUpdateException error) when (error.IsUniqueViolation())
        {
            ModelState.Refuse([(nameof(Name), "The practice already has a room with this name.")]);
            return Page();
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostInUseAsync(Guid id, bool inUse, Guid? version)
    {
        var room = await db.Rooms.FirstOrDefaultAsync(r => r.Id == id && r.PracticeId == viewer.Value.PracticeId);
        if (room is null)
        {
            return NotFound();
        }

        ModelState.Clear();
        var refusals = new Refusals();
        if (!room.IsAsShown(version))
        {
            refusals.AddStale($"The room {room.Name}", room.IsActive ? "it is in use" : "it is out of use");
        }

        if (ModelState.Refuse(refusals))
        {
            await LoadAsync();
            return Page();
        }

        room.IsActive = inUse;
        await audit.SaveAndRecordAsync(AuditCode.Room_Changed, nameof(Room), room.Id, null);
        return RedirectToPage();
    }

    private async Task LoadAsync() =>
        Rooms = await db.Rooms.AsNoTracking().Where(r => r.PracticeId == viewer.Value.PracticeId).OrderBy(r => r.Name).ToListAsync();
}

using Microsoft.EntityFrameworkCore;
using Tandem.Core;
using Tandem.Core.Consultations;
using Tandem.Core.Scheduling;
using Tandem.Data;

namespace Tandem.Web.Pages.Consultations;

/// <summary>A practice's public face for booking: who it is, and which calls are open now.</summary>
public sealed class ConsultationCalendar(TandemDbContext db, TimeProvider clock)
{
    public const int DaysAhead = 21;

    public sealed record PublicPractice(Guid Id, string Slug, string Name, TimeZoneInfo Zone);

    /// <summary>How a clinician's free calls happen; by phone until they give a video link.</summary>
    public sealed record FreeCall(CallMethod Method, string? VideoLink)
    {
        /// <summary>Where the call is, for a calendar file: the video link, or "By phone".</summary>
        public string Location => Method == CallMethod.Video ? VideoLink! : "By phone";

        /// <summary>How the call happens, in the visitor's words; <paramref name="who"/> is whom the practice phones.</summary>
        public string How(string? phone, string who = "you") => Method == CallMethod.Video
            ? $"By video: join at {VideoLink} at the time of the call."
            : phone is { Length: > 0 }
                ? $"By phone: the practice calls {who} on {phone}."
                : "By phone: no number was given, so the practice will email to ask for one.";
    }

    public async Task<FreeCall> FreeCallAsync(Guid practiceId, Guid clinicianId) =>
        await db.FreeCallMethods.AsNoTracking().Where(m => m.PracticeId == practiceId && m.ClinicianId == clinicianId && m.Method == CallMethod.Video)
            .Select(m => new FreeCall(m.Method, m.VideoLink)).FirstOrDefaultAsync()
        ?? new FreeCall(CallMethod.Phone, null);

    public async Task<PublicPractice?> PracticeAsync(string slug)
    {
        var practice = await db.Practices.AsNoTracking()
            .Where(p => p.Slug == slug)
            .Select(p => new { p.Id, p.Slug, p.Name, p.TimeZoneId })
            .FirstOrDefaultAsync();
        return practice is null
            ? null
            : new PublicPractice(practice.Id, practice.Slug, practice.Name, TimeZoneInfo.FindSystemTimeZoneById(practice.TimeZoneId));
    }

    public async Task<IReadOnlyList<ConsultationSlot>> OpenSlotsAsync(PublicPractice practice, Guid? onlyClinician = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var firstDay = DateOnly.FromDateTime(now).AddDays(-1);
        var until = now.AddDays(DaysAhead + 1);
        var hours = await db.ConsultationHours.AsNoTracking()
            .Where(h => h.PracticeId == practice.Id && (onlyClinician == null || h.ClinicianId == onlyClinician))
            .ToListAsync();
        var overrides = await db.AvailabilityOverrides.AsNoTracking()
            .Where(o => o.PracticeId == practice.Id && o.Date >= firstDay && (onlyClinician == null || o.ClinicianId == onlyClinician))
            .ToListAsync();
        var closures = await db.Closures.AsNoTracking().Where(c => c.PracticeId == practice.Id && c.LastDay >= firstDay).ToListAsync();
        var held = await db.ReservedBlocks.AsNoTracking()
            .Where(b => b.PracticeId == practice.Id && b.Resource.StartsWith(ReservedBlock.ClinicianPrefix) && b.StartsAt >= now && b.StartsAt <= until)
            .Select(b => new { b.Resource, b.StartsAt })
            .ToListAsync();
        var busy = held.Select(b => (ReservedBlock.ClinicianOf(b.Resource), b.StartsAt));
        return ConsultationSlots.Open(hours, overrides, closures, busy, practice.Zone, now, DaysAhead);
    }

    /// <summary>The booking behind a private manage link, with its prospect; tracked, for the pages that change it.</summary>
    public Task<ConsultationBooking?> BookingAsync(PublicPractice practice, string token)
    {
        var hash = SecretTokens.Hash(token);
        return db.ConsultationBookings.Include(b => b.Prospect).Include(b => b.Blocks)
            .FirstOrDefaultAsync(b => b.PracticeId == practice.Id && b.ManageTokenHash == hash);
    }

    public Task<Dictionary<Guid, string>> ClinicianNamesAsync(Guid practiceId) =>
        db.Users.AsNoTracking()
            .Where(u => u.PracticeId == practiceId && db.ConsultationHours.Any(h => h.PracticeId == practiceId && h.ClinicianId == u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName);

    /// <summary>Gives up the clinician's time a call held, in a save of its own, so the call can take other time or none.</summary>
    public async Task ReleaseAsync(ConsultationBooking booking)
    {
        db.ReservedBlocks.RemoveRange(booking.Blocks);
        booking.Blocks.Clear();
        await db.SaveChangesAsync();
    }

    /// <summary>Why a slot the visitor chose is not open, in their words.</summary>
    public async Task<string> WhyNotOpenAsync(PublicPractice practice, string? key)
    {
        if (!ConsultationSlot.TryParseKey(key, out var clinician, out var start))
        {
            return "Choose one of the times listed.";
        }

        if (start <= clock.GetUtcNow().UtcDateTime)
        {
            return "That time has already passed. Choose another.";
        }

        var resource = ReservedBlock.Clinician(clinician);
        var taken = await db.ReservedBlocks.AnyAsync(b => b.PracticeId == practice.Id && b.Resource == resource && b.StartsAt >= start && b.StartsAt < start + ReservedBlock.Length);
        return taken ? TakenMessage : "That time is not offered. Choose one of the times listed.";
    }

    public const string TakenMessage = "That time was just taken. Here are the nearest open times.";
}

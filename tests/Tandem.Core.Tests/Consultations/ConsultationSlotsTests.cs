using Tandem.Core.Consultations;
using Tandem.Core.Scheduling;

namespace Tandem.Core.Tests.Consultations;

/// <summary>
/// Expected instants are worked out by hand from the New York offsets: UTC−5 until 14 March 2027, UTC−4 until 7 November 2027
/// (when 1:00–2:00 happens twice), UTC−5 after.
/// </summary>
public sealed class ConsultationSlotsTests
{
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
    private static readonly Guid Sam = Guid.NewGuid();
    private static readonly Guid Maya = Guid.NewGuid();

    private static readonly ConsultationHours TuesdayMornings = new()
    {
        ClinicianId = Sam, Day = DayOfWeek.Tuesday, Start = new(9, 0), End = new(10, 0), SlotMinutes = 20,
    };

    [Fact]
    public void Nine_oclock_stays_nine_oclock_across_the_change_to_summer_time()
    {
        // 8 March 00:00 UTC is still 7 March in New York: ten days reach Tuesday the 16th.
        var slots = Open([TuesdayMornings], [], [], Utc(2027, 3, 8, 0, 0), days: 10);

        Assert.Equal(
            [Utc(2027, 3, 9, 14, 0), Utc(2027, 3, 9, 14, 20), Utc(2027, 3, 9, 14, 40), Utc(2027, 3, 16, 13, 0), Utc(2027, 3, 16, 13, 20), Utc(2027, 3, 16, 13, 40)],
            slots.Select(s => s.StartUtc));
        Assert.All(slots, s => Assert.Equal(TimeSpan.FromMinutes(20), s.EndUtc - s.StartUtc));
    }

    [Fact]
    public void The_hour_skipped_by_the_clock_change_offers_no_calls()
    {
        var sundayNight = new ConsultationHours { ClinicianId = Sam, Day = DayOfWeek.Sunday, Start = new(1, 0), End = new(4, 0), SlotMinutes = 30 };
        var slots = Open([sundayNight], [], [], Utc(2027, 3, 13, 12, 0), days: 2);

        Assert.Equal([Utc(2027, 3, 14, 6, 0), Utc(2027, 3, 14, 6, 30), Utc(2027, 3, 14, 7, 0), Utc(2027, 3, 14, 7, 30)], slots.Select(s => s.StartUtc));
    }

    [Fact]
    public void The_hour_repeated_by_the_change_back_to_winter_time_offers_each_clock_time_once()
    {
        // 0:00 and 0:30 are still summer time (UTC−4); the repeated 1:00 and 1:30 are taken in winter time (UTC−5), like 2:00 and 2:30.
        var sundayNight = new ConsultationHours { ClinicianId = Sam, Day = DayOfWeek.Sunday, Start = new(0, 0), End = new(3, 0), SlotMinutes = 30 };
        var slots = Open([sundayNight], [], [], Utc(2027, 11, 6, 12, 0), days: 2);

        Assert.Equal(
            [Utc(2027, 11, 7, 4, 0), Utc(2027, 11, 7, 4, 30), Utc(2027, 11, 7, 6, 0), Utc(2027, 11, 7, 6, 30), Utc(2027, 11, 7, 7, 0), Utc(2027, 11, 7, 7, 30)],
            slots.Select(s => s.StartUtc));
    }

    [Fact]
    public void Nine_oclock_stays_nine_oclock_across_the_change_back_to_winter_time()
    {
        var slots = Open([TuesdayMornings], [], [], Utc(2027, 11, 1, 0, 0), days: 10);

        Assert.Equal(
            [Utc(2027, 11, 2, 13, 0), Utc(2027, 11, 2, 13, 20), Utc(2027, 11, 2, 13, 40), Utc(2027, 11, 9, 14, 0), Utc(2027, 11, 9, 14, 20), Utc(2027, 11, 9, 14, 40)],
            slots.Select(s => s.StartUtc));
    }

    [Fact]
    public void Calls_past_or_less_than_two_hours_ahead_are_never_offered()
    {
        var slots = Open([TuesdayMornings], [], [], Utc(2027, 3, 9, 12, 20), days: 1);
        Assert.Equal([Utc(2027, 3, 9, 14, 20), Utc(2027, 3, 9, 14, 40)], slots.Select(s => s.StartUtc));
    }

    [Fact]
    public void A_call_overlapping_any_five_minutes_the_clinician_holds_is_not_offered()
    {
        // Sam holds 9:35–9:45 New York time (14:35–14:45 UTC) for a series session: the 9:20 and 9:40 calls touch it.
        var held = ReservedBlock.Covering(Utc(2027, 3, 9, 14, 35), Utc(2027, 3, 9, 14, 45)).Select(b => (Sam, b)).ToArray();
        var slots = Open([TuesdayMornings], [], held, Utc(2027, 3, 8, 0, 0), days: 3);

        Assert.Equal([Utc(2027, 3, 9, 14, 0)], slots.Select(s => s.StartUtc));
    }

    [Fact]
    public void A_taken_call_is_not_offered_but_the_same_time_with_another_clinician_is()
    {
        var mayaTuesdays = new ConsultationHours { ClinicianId = Maya, Day = DayOfWeek.Tuesday, Start = new(9, 0), End = new(9, 20), SlotMinutes = 20 };
        var slots = Open([TuesdayMornings, mayaTuesdays], [], [(Sam, Utc(2027, 3, 9, 14, 0))], Utc(2027, 3, 8, 0, 0), days: 3);

        Assert.Equal(
            [(Maya, Utc(2027, 3, 9, 14, 0)), (Sam, Utc(2027, 3, 9, 14, 20)), (Sam, Utc(2027, 3, 9, 14, 40))],
            slots.Select(s => (s.ClinicianId, s.StartUtc)));
    }

    [Fact]
    public void A_day_off_removes_the_days_calls_and_extra_hours_add_some()
    {
        var dayOff = new AvailabilityOverride { ClinicianId = Sam, Date = new(2027, 3, 9), Change = AvailabilityChange.DayOff };
        var extra = new AvailabilityOverride
        {
            ClinicianId = Sam, Date = new(2027, 3, 11), Change = AvailabilityChange.ExtraHours, Start = new(17, 0), End = new(17, 40), SlotMinutes = 20,
        };
        var slots = Open([TuesdayMornings], [dayOff, extra], [], Utc(2027, 3, 8, 0, 0), days: 7);

        Assert.Equal([Utc(2027, 3, 11, 22, 0), Utc(2027, 3, 11, 22, 20)], slots.Select(s => s.StartUtc));
    }

    [Fact]
    public void A_practice_closure_offers_no_calls_that_day_even_extra_hours()
    {
        var extra = new AvailabilityOverride
        {
            ClinicianId = Sam, Date = new(2027, 3, 11), Change = AvailabilityChange.ExtraHours, Start = new(17, 0), End = new(17, 40), SlotMinutes = 20,
        };
        var closed = new Closure { Name = "Spring closure", FirstDay = new(2027, 3, 9), LastDay = new(2027, 3, 11) };

        var slots = Open([TuesdayMornings], [extra], [], Utc(2027, 3, 8, 0, 0), days: 14, [closed]);

        Assert.NotEmpty(slots);
        Assert.All(slots, s => Assert.Equal(new DateOnly(2027, 3, 16), DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(s.StartUtc, NewYork))));
    }

    [Fact]
    public void The_nearest_open_calls_are_offered_when_one_was_just_taken()
    {
        var slots = Open([TuesdayMornings], [], [(Sam, Utc(2027, 3, 9, 14, 20))], Utc(2027, 3, 8, 0, 0), days: 10);
        var nearest = ConsultationSlots.Nearest(slots, Utc(2027, 3, 9, 14, 20), 2);
        Assert.Equal([Utc(2027, 3, 9, 14, 0), Utc(2027, 3, 9, 14, 40)], nearest.Select(s => s.StartUtc));
    }

    [Fact]
    public void A_slot_key_reads_back_as_the_same_clinician_and_instant()
    {
        var slot = new ConsultationSlot(Sam, Utc(2027, 3, 9, 14, 20), Utc(2027, 3, 9, 14, 40));
        Assert.True(ConsultationSlot.TryParseKey(slot.Key, out var clinician, out var start));
        Assert.Equal(Sam, clinician);
        Assert.Equal(slot.StartUtc, start);
        Assert.Equal(DateTimeKind.Utc, start.Kind);
        Assert.False(ConsultationSlot.TryParseKey("not-a-slot", out _, out _));
        Assert.False(ConsultationSlot.TryParseKey(null, out _, out _));
    }

    private static IReadOnlyList<ConsultationSlot> Open(
        ConsultationHours[] weekly, AvailabilityOverride[] overrides, (Guid, DateTime)[] taken, DateTime now, int days, Closure[]? closures = null) =>
        ConsultationSlots.Open(weekly, overrides, closures ?? [], taken, NewYork, now, days);

    private static DateTime Utc(int y, int mo, int d, int h, int mi) => new(y, mo, d, h, mi, 0, DateTimeKind.Utc);
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Tandem.Core.Dosing;

namespace Tandem.Web.Pages.Dosing;

public sealed class RecordInput
{
    public Guid ClientId { get; set; }
    public Guid Version { get; set; }
    public bool Fasted { get; set; }
    public bool NoAlcoholOrBenzodiazepines { get; set; }

    [StringLength(DosingSession.MaxShortLength)]
    public string? EscortName { get; set; }

    [StringLength(DosingSession.MaxShortLength), Phone(ErrorMessage = "Enter a phone number.")]
    public string? EscortPhone { get; set; }

    public DoseRoute Route { get; set; } = DoseRoute.SublingualLozenge;

    [StringLength(DosingSession.MaxShortLength)]
    public string? LotNumber { get; set; }

    /// <summary>Where the practice keeps its register here: the lot, at a location, the dose was taken from.</summary>
    public Guid? StockId { get; set; }

    [Range(30, 300, ErrorMessage = "Weight is between 30 and 300 kg.")]
    public decimal? WeightKg { get; set; }

    [Range(1, 1000, ErrorMessage = "A dose is between 1 and 1000 mg.")]
    public decimal? DoseMg { get; set; }

    public TimeOnly? GivenAt { get; set; }

    [Range(1, 500, ErrorMessage = "A booster is between 1 and 500 mg.")]
    public decimal? BoosterMg { get; set; }

    public TimeOnly? BoosterAt { get; set; }
    public bool AlertAndOriented { get; set; }
    public bool SteadyWalking { get; set; }
    public bool VitalsNearBaseline { get; set; }
    public bool EscortPresent { get; set; }
    public bool NoDrivingToday { get; set; }
    public TimeOnly? DischargedAt { get; set; }

    [StringLength(DosingRecord.MaxReasonLength)]
    public string? EarlierUnsignedReason { get; set; }

    /// <summary>Whether the form records something that happens on the session's day: a dose, a booster or a discharge.</summary>
    public bool HappensOnTheDay => DoseMg is not null || GivenAt is not null || BoosterMg is not null || BoosterAt is not null || DischargedAt is not null;

    /// <summary>Puts the form into the record, times on the session's day; what does not fit together goes to <paramref name="errors"/>.</summary>
    public void ApplyTo(DosingRecord r, DoseOrder? order, DosingSheet sheet, ModelStateDictionary errors)
    {
        if ((DoseMg is null) != (GivenAt is null))
        {
            errors.AddModelError("Record.GivenAt", "Record the dose and the time it was given together.");
        }

        if (BoosterMg is not null && (order is not { BoosterAllowed: true } || BoosterMg > order.BoosterMaxMg))
        {
            errors.AddModelError("Record.BoosterMg", order is { BoosterAllowed: true }
                ? $"The order allows a booster of at most {order.BoosterMaxMg:0.##} mg."
                : "The prescriber's order does not allow a booster.");
        }

        if ((BoosterMg is null) != (BoosterAt is null))
        {
            errors.AddModelError("Record.BoosterAt", "Record the booster and its time together.");
        }

        r.Fasted = Fasted;
        r.NoAlcoholOrBenzodiazepines = NoAlcoholOrBenzodiazepines;
        r.EscortName = EscortName?.Trim();
        r.EscortPhone = EscortPhone?.Trim();
        r.Route = Route;
        r.LotNumber = LotNumber?.Trim();
        r.WeightKg = WeightKg;
        r.DoseMg = DoseMg;
        r.GivenAt = GivenAt is { } given ? sheet.OnSessionDay(given) : null;
        r.BoosterMg = BoosterMg;
        r.BoosterAt = BoosterAt is { } booster ? sheet.OnSessionDay(booster) : null;
        r.AlertAndOriented = AlertAndOriented;
        r.SteadyWalking = SteadyWalking;
        r.VitalsNearBaseline = VitalsNearBaseline;
        r.EscortPresent = EscortPresent;
        r.NoDrivingToday = NoDrivingToday;
        r.DischargedAt = DischargedAt is { } discharged ? sheet.OnSessionDay(discharged) : null;
        r.EarlierUnsignedReason = string.IsNullOrWhiteSpace(EarlierUnsignedReason) ? null : EarlierUnsignedReason.Trim();
    }

    public static RecordInput From(DosingRecord r, Guid? stockId, TimeZoneInfo zone) => new()
    {
        StockId = stockId, ClientId = r.ClientId, Version = r.Version, Fasted = r.Fasted, NoAlcoholOrBenzodiazepines = r.NoAlcoholOrBenzodiazepines,
        EscortName = r.EscortName, EscortPhone = r.EscortPhone, Route = r.Route, LotNumber = r.LotNumber, WeightKg = r.WeightKg,
        DoseMg = r.DoseMg, GivenAt = Local(r.GivenAt, zone), BoosterMg = r.BoosterMg, BoosterAt = Local(r.BoosterAt, zone),
        AlertAndOriented = r.AlertAndOriented, SteadyWalking = r.SteadyWalking, VitalsNearBaseline = r.VitalsNearBaseline,
        EscortPresent = r.EscortPresent, NoDrivingToday = r.NoDrivingToday, DischargedAt = Local(r.DischargedAt, zone),
        EarlierUnsignedReason = r.EarlierUnsignedReason,
    };

    private static TimeOnly? Local(DateTime? utc, TimeZoneInfo zone) =>
        utc is { } t ? TimeOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(t, zone)) : null;
}

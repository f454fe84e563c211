using System.ComponentModel.DataAnnotations;
using Tandem.Core.Audit;
using Tandem.Core.Dosing;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Dosing;

/// <summary>
/// One person's record on the sheet: the day-of checklist, the dose and booster given, and the discharge. A dose is refused
/// while a hard block stands, and where the practice keeps its register it is drawn from a lot in the same save.
/// </summary>
public static class SaveRecord
{
    public sealed class Command
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
        public void ApplyTo(DosingRecord r, DoseOrder? order, DosingSheet sheet, Refusals errors)
        {
            if ((DoseMg is null) != (GivenAt is null))
            {
                errors.Add("Record.GivenAt", "Record the dose and the time it was given together.");
            }

            if (BoosterMg is not null && (order is not { BoosterAllowed: true } || BoosterMg > order.BoosterMaxMg))
            {
                errors.Add("Record.BoosterMg", order is { BoosterAllowed: true }
                    ? $"The order allows a booster of at most {order.BoosterMaxMg:0.##} mg."
                    : "The prescriber's order does not allow a booster.");
            }

            if ((BoosterMg is null) != (BoosterAt is null))
            {
                errors.Add("Record.BoosterAt", "Record the booster and its time together.");
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

        public static Command From(DosingRecord r, Guid? stockId, TimeZoneInfo zone) => new()
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

    public sealed class Handler(TandemDbContext db, StockDraws draws, SheetSaves saves)
    {
        public async Task<Outcome> HandleAsync(DosingSheet sheet, Command record, bool wellFormed)
        {
            if (sheet.Person(record.ClientId) is not { } person)
            {
                return new Outcome.NotFound();
            }

            var refusals = SheetRefusals.OfChange(sheet);
            var r = person.Record;
            record.ApplyTo(r, person.Order, sheet, refusals);
            r.ProtocolNumber = r.DoseMg is null ? null : r.ProtocolNumber ?? sheet.CurrentProtocol.Number;
            if (sheet.IsAhead && record.HappensOnTheDay)
            {
                refusals.Add("", RecordDay.DosingNotYet(sheet.Session.Date));
            }
            else if (r.DoseMg is not null && person.BeforeDose.Where(f => f.IsHardBlock).ToList() is { Count: > 0 } blocks)
            {
                foreach (var block in blocks)
                {
                    refusals.Add("", $"{person.FirstName}: {block.Message} Nobody can override this.");
                }
            }

            if (DosingChecks.MissingEarlierReason(r, person.Context, person.FirstName) is { } missing)
            {
                refusals.Add("Record.EarlierUnsignedReason", missing);
            }

            var from = FromStock(sheet, r, record.StockId, refusals);
            if (!wellFormed || refusals.Any)
            {
                return new Outcome.Refused(refusals);
            }

            if (sheet.Saved)
            {
                db.Entry(r).Property(x => x.Version).OriginalValue = record.Version;
            }

            var drawn = sheet.Stock.KeepsRegister ? await draws.DrawAsync(sheet, person, from) : Drawn.Nothing;
            if (drawn.Problem is { } problem)
            {
                refusals.Add("Record.StockId", problem);
                return new Outcome.Refused(refusals);
            }

            return await saves.SaveAsync(sheet, $"person-{person.ClientId}", [(AuditCode.DosingRecord_Changed, nameof(DosingRecord), r.Id, person.ClientId), .. drawn.Audit]);
        }

        /// <summary>Where the practice keeps its register here, a dose is given from a lot held for the room, in date.</summary>
        private static StockOption? FromStock(DosingSheet sheet, DosingRecord r, Guid? stockId, Refusals refusals)
        {
            if (!sheet.Stock.KeepsRegister || (r.DoseMg is null && r.BoosterMg is null))
            {
                return null;
            }

            if (sheet.Stock.Refusal(r, stockId) is { } refusal)
            {
                refusals.Add("Record.StockId", refusal);
                return null;
            }

            var from = sheet.Stock.Held.First(o => o.BalanceId == stockId);
            r.LotNumber = from.Lot.Number;
            return from;
        }
    }
}

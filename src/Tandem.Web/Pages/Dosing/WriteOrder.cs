using System.ComponentModel.DataAnnotations;
using Tandem.Core.Audit;
using Tandem.Core.Dosing;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Authorization;

namespace Tandem.Web.Pages.Dosing;

/// <summary>A prescriber writes one person's dose order, or changes it; a dose outside the practice's band needs a reason.</summary>
public static class WriteOrder
{
    public sealed class Command
    {
        public Guid ClientId { get; set; }

        /// <summary>The version of the order the prescriber saw; none when there was no order yet.</summary>
        public Guid? Version { get; set; }

        [Required(ErrorMessage = "Enter the dose in mg.")]
        [Range(1, 1000, ErrorMessage = "A dose is between 1 and 1000 mg.")]
        public decimal? Mg { get; set; }

        public DoseRoute Route { get; set; } = DoseRoute.SublingualLozenge;
        public bool BoosterAllowed { get; set; }

        [Range(1, 500, ErrorMessage = "A booster is between 1 and 500 mg.")]
        public decimal? BoosterMaxMg { get; set; }

        [StringLength(DoseOrder.MaxNoteLength)]
        public string? Note { get; set; }

        [StringLength(DoseOrder.MaxReasonLength)]
        public string? OutsideBandReason { get; set; }
    }

    public sealed class Handler(TandemDbContext db, CurrentViewer viewer, SheetSaves saves, TimeProvider clock)
    {
        public async Task<Outcome> HandleAsync(DosingSheet sheet, Command order, bool wellFormed)
        {
            if (!viewer.Value.IsPrescriber || sheet.Person(order.ClientId) is not { } person)
            {
                return new Outcome.NotFound();
            }

            var refusals = SheetRefusals.OfChange(sheet);
            if (order.BoosterAllowed && order.BoosterMaxMg is null)
            {
                refusals.Add("Order.BoosterMaxMg", "Give the largest booster allowed.");
            }

            if (person.Order?.Version != order.Version)
            {
                refusals.Add("", Stale(person.Order));
            }

            var outsideBand = order.Mg is { } mg ? DoseSafety.OutsideBand(sheet.Session.Kind, mg, person.Protocol.Settings) : null;
            if (outsideBand is not null && string.IsNullOrWhiteSpace(order.OutsideBandReason))
            {
                refusals.Add("Order.OutsideBandReason", $"{outsideBand.Message} Write why this dose is right for {person.FirstName}.");
            }

            if (!wellFormed || refusals.Any)
            {
                return new Outcome.Refused(refusals);
            }

            if (person.Order is { } current)
            {
                db.Entry(current).Property(o => o.Version).OriginalValue = order.Version!.Value;
            }

            var written = person.Order ?? db.DoseOrders.Add(new DoseOrder
            {
                PracticeId = viewer.Value.PracticeId, SeriesSessionId = sheet.Session.Id, CaseId = sheet.Session.CaseId, ClientId = person.ClientId,
            }).Entity;
            written.Mg = order.Mg!.Value;
            written.Route = order.Route;
            written.BoosterAllowed = order.BoosterAllowed;
            written.BoosterMaxMg = order.BoosterAllowed ? order.BoosterMaxMg : null;
            written.Note = order.Note?.Trim();
            written.OutsideBandReason = outsideBand is null ? null : order.OutsideBandReason!.Trim();
            written.PrescriberId = viewer.Value.UserId;
            written.OrderedAt = clock.GetUtcNow().UtcDateTime;
            return await saves.SaveAsync(sheet, $"order-{person.ClientId}", (AuditCode.DoseOrder_Written, nameof(DoseOrder), written.Id, person.ClientId));
        }

        /// <summary>What the order is now, for a prescriber whose form showed an older one (or none).</summary>
        private static string Stale(DoseOrder? now) =>
            "The dose order was changed since you opened this page: " + (now is null
                ? "it was withdrawn."
                : $"it is now {now.Mg:0.##} mg, {(now.Route == DoseRoute.SublingualTroche ? "sublingual troche" : "sublingual lozenge")}, "
                  + (now.BoosterAllowed ? $"booster up to {now.BoosterMaxMg:0.##} mg." : "no booster."))
            + " Nothing was saved; change it again if it should differ.";
    }
}

using System.ComponentModel.DataAnnotations;
using Tandem.Core.Audit;
using Tandem.Core.Register;
using Tandem.Web.Pages.Register;

namespace Tandem.Web.Pages.Dosing;

/// <summary>The rest of a unit opened for one person's dose, wasted before a witness, so the register accounts for it.</summary>
public static class WasteRest
{
    public sealed class Command
    {
        public Guid ClientId { get; set; }

        [Required(ErrorMessage = "Say why it was wasted."), StringLength(RegisterEntry.MaxTextLength)]
        public string? Reason { get; set; }

        public WitnessInput Witness { get; set; } = new();
    }

    public sealed class Handler(StockDraws draws, Witnesses witnesses, SheetSaves saves)
    {
        public async Task<Outcome> HandleAsync(DosingSheet sheet, Command waste, bool wellFormed)
        {
            if (sheet.Person(waste.ClientId) is not { } person)
            {
                return new Outcome.NotFound();
            }

            var refusals = SheetRefusals.OfChange(sheet);
            var witness = !wellFormed || refusals.Any ? null : await witnesses.ConfirmAsync(waste.Witness, refusals, "Waste.Witness");
            if (!wellFormed || refusals.Any)
            {
                return new Outcome.Refused(refusals);
            }

            var wasted = await draws.WasteAsync(sheet, person, waste.Reason!.Trim(), witness!);
            if (wasted.Problem is { } problem)
            {
                refusals.Add("", problem);
                return new Outcome.Refused(refusals);
            }

            return await saves.SaveAsync(sheet, $"stock-drawn-{person.ClientId}",
                (AuditCode.StockWaste_Recorded, nameof(RegisterEntry), wasted.Entries[0].Id, null), Witnesses.Confirmed(witness!));
        }
    }
}

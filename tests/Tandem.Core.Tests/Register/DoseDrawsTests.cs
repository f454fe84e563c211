using Tandem.Core.Register;

namespace Tandem.Core.Tests.Register;

public sealed class DoseDrawsTests
{
    private static readonly StockProduct Troches = new() { Name = "Ketamine troche", Form = DosageForm.Troche, MgPerUnit = 100m };
    private static readonly StockProduct Vial = new() { Name = "Ketamine injection", Form = DosageForm.Vial, MgPerUnit = 50m };
    private static readonly Holding Willow = new(Guid.NewGuid(), Guid.NewGuid());
    private static readonly Holding Cedar = new(Guid.NewGuid(), Guid.NewGuid());

    [Fact]
    public void A_dose_in_mg_is_drawn_in_units_of_the_product()
    {
        Assert.Equal(1_500, DoseDraws.Thousandths(150m, Troches));
        Assert.Equal(3_000, DoseDraws.Thousandths(150m, Vial));
        Assert.Equal(2_250, DoseDraws.Thousandths(225m, Troches));
        Assert.Equal(333, DoseDraws.Thousandths(33.3m, Troches));
    }

    [Fact]
    public void The_first_save_of_a_dose_and_booster_writes_one_administration_each()
    {
        var moves = DoseDraws.Reconcile([], Willow, Given(dose: 1_500, booster: 500));

        Assert.Equal(
            [new DrawMove(RegisterEntryKind.Administration, Willow, DosePart.Dose, -1_500, null), new DrawMove(RegisterEntryKind.Administration, Willow, DosePart.Booster, -500, null)],
            moves.OrderBy(m => m.Part));
    }

    [Fact]
    public void A_changed_dose_is_a_correction_of_its_administration_and_an_unchanged_one_writes_nothing()
    {
        var given = new DrawnEntry(Guid.NewGuid(), RegisterEntryKind.Administration, Willow, DosePart.Dose, -1_500);

        Assert.Empty(DoseDraws.Reconcile([given], Willow, Given(dose: 1_500)));
        Assert.Equal([new DrawMove(RegisterEntryKind.Correction, Willow, DosePart.Dose, 500, given.Id)], DoseDraws.Reconcile([given], Willow, Given(dose: 1_000)));
        Assert.Equal([new DrawMove(RegisterEntryKind.Correction, Willow, DosePart.Dose, -500, given.Id)], DoseDraws.Reconcile([given], Willow, Given(dose: 2_000)));

        // Corrected once already to 1 troche: back to 1.5 is another correction of the same administration.
        var corrected = new DrawnEntry(Guid.NewGuid(), RegisterEntryKind.Correction, Willow, DosePart.Dose, 500);
        Assert.Equal([new DrawMove(RegisterEntryKind.Correction, Willow, DosePart.Dose, -500, given.Id)], DoseDraws.Reconcile([given, corrected], Willow, Given(dose: 1_500)));
    }

    [Fact]
    public void Another_lot_puts_the_first_back_before_drawing_and_a_removed_dose_puts_it_all_back()
    {
        var given = new DrawnEntry(Guid.NewGuid(), RegisterEntryKind.Administration, Willow, DosePart.Dose, -1_500);

        Assert.Equal(
            [new DrawMove(RegisterEntryKind.Correction, Willow, DosePart.Dose, 1_500, given.Id), new DrawMove(RegisterEntryKind.Administration, Cedar, DosePart.Dose, -1_500, null)],
            DoseDraws.Reconcile([given], Cedar, Given(dose: 1_500)));
        Assert.Equal([new DrawMove(RegisterEntryKind.Correction, Willow, DosePart.Dose, 1_500, given.Id)], DoseDraws.Reconcile([given], Willow, Given()));
        Assert.Equal([new DrawMove(RegisterEntryKind.Correction, Willow, DosePart.Dose, 1_500, given.Id)], DoseDraws.Reconcile([given], null, Given(dose: 1_500)));
    }

    [Fact]
    public void The_rest_of_an_opened_troche_is_what_whole_troches_leave_over()
    {
        Assert.Equal(500, DoseDraws.OpenedRest(1_500));
        Assert.Equal(0, DoseDraws.OpenedRest(2_000));
        Assert.Equal(750, DoseDraws.OpenedRest(2_250));
        Assert.Equal(0, DoseDraws.OpenedRest(1_500 + 500));
        Assert.True(DosageForm.Troche.LeavesOpenedRest());
        Assert.False(DosageForm.Vial.LeavesOpenedRest());
    }

    private static Dictionary<DosePart, long> Given(long dose = 0, long booster = 0) =>
        new[] { (DosePart.Dose, dose), (DosePart.Booster, booster) }.Where(g => g.Item2 > 0).ToDictionary(g => g.Item1, g => g.Item2);
}

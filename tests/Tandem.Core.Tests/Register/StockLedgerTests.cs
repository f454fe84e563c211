using Tandem.Core.Register;

namespace Tandem.Core.Tests.Register;

public sealed class StockLedgerTests
{
    private static readonly StockProduct Troches = new() { Name = "Ketamine troche", Form = DosageForm.Troche, MgPerUnit = 100m };
    private static readonly StockProduct Vial = new() { Name = "Ketamine injection", Form = DosageForm.Vial, MgPerUnit = 50m };

    [Fact]
    public void Every_kind_of_entry_moves_the_balance_its_own_way_and_a_correction_puts_a_receipt_right()
    {
        // 20 troches received, half a troche wasted, 5 moved to the other safe, 2 returned, 1 destroyed, 1 lost: 10.5 left.
        // The receipt should have said 18: its correction takes 2 more off, leaving 8.5 troches, 850 mg.
        var receipt = Change(RegisterEntryKind.Receipt, 20m);
        long balance = 0;
        foreach (var change in new[]
        {
            receipt, Change(RegisterEntryKind.Waste, 0.5m), Change(RegisterEntryKind.TransferOut, 5m), Change(RegisterEntryKind.Return, 2m),
            Change(RegisterEntryKind.Destruction, 1m), Change(RegisterEntryKind.Loss, 1m),
        })
        {
            balance = StockLedger.After(balance, change)!.Value;
        }

        Assert.Equal(10.5m, StockQuantity.Units(balance));
        var correction = StockLedger.CorrectionChange(RegisterEntryKind.Receipt, receipt, StockQuantity.Thousandths(18m));
        Assert.Equal(-2m, StockQuantity.Units(correction));
        balance = StockLedger.After(balance, correction)!.Value;
        Assert.Equal(8.5m, StockQuantity.Units(balance));
        Assert.Equal(850m, Troches.MgIn(StockQuantity.Units(balance)));

        // The other safe received the 5.
        Assert.Equal(5m, StockQuantity.Units(StockLedger.After(0, Change(RegisterEntryKind.TransferIn, 5m))!.Value));
    }

    [Fact]
    public void A_correction_of_waste_recorded_too_high_gives_the_difference_back_and_a_second_one_counts_from_the_first()
    {
        var waste = Change(RegisterEntryKind.Waste, 0.5m);
        var first = StockLedger.CorrectionChange(RegisterEntryKind.Waste, waste, StockQuantity.Thousandths(0.25m));
        Assert.Equal(0.25m, StockQuantity.Units(first));
        var second = StockLedger.CorrectionChange(RegisterEntryKind.Waste, waste + first, StockQuantity.Thousandths(0.3m));
        Assert.Equal(-0.05m, StockQuantity.Units(second));
    }

    [Fact]
    public void A_dose_in_mg_maps_to_units_of_the_product()
    {
        Assert.Equal(1.5m, Troches.UnitsFor(150m));
        Assert.Equal(3m, Vial.UnitsFor(150m));
        Assert.Equal(150m, Vial.MgIn(3m));
        Assert.Equal("100 mg per troche", Troches.Form.Strength(Troches.MgPerUnit));
        Assert.Equal("50 mg/mL", Vial.Form.Strength(Vial.MgPerUnit));
        Assert.Equal("mL", Vial.Form.Unit());
    }

    [Fact]
    public void No_entry_takes_a_balance_below_zero_but_one_may_take_it_to_zero()
    {
        Assert.Null(StockLedger.After(StockQuantity.Thousandths(8.5m), StockQuantity.Thousandths(-9m)));
        Assert.Null(StockLedger.After(0, -1));
        Assert.Equal(0, StockLedger.After(500, -500));
    }

    [Fact]
    public void An_expired_lot_is_not_moved_and_stock_is_not_received_already_expired()
    {
        var lot = new StockLot { Number = "K2231", ExpiresOn = new DateOnly(2026, 11, 30) };
        Assert.False(lot.IsExpiredOn(new DateOnly(2026, 11, 30)));
        Assert.True(lot.IsExpiredOn(new DateOnly(2026, 12, 1)));
        Assert.Null(StockLedger.TransferProblem(lot, new DateOnly(2026, 11, 30)));
        Assert.Equal("Lot K2231 expired on 30 Nov 2026: it stays where it is until it is returned or destroyed.", StockLedger.TransferProblem(lot, new DateOnly(2026, 12, 1)));

        Assert.Null(StockLedger.ReceiptProblem(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1)));
        Assert.Equal("The expiry date is before the day it was received: check the date on the pack.", StockLedger.ReceiptProblem(new DateOnly(2026, 12, 1), new DateOnly(2026, 11, 30)));
    }

    [Theory]
    [InlineData("1.5", 1500L, "")]
    [InlineData(" 2 ", 2000L, "")]
    [InlineData("0.001", 1L, "")]
    [InlineData("0", 0L, "The quantity must be more than zero.")]
    [InlineData("-2", 0L, "The quantity must be more than zero.")]
    [InlineData("two", 0L, "Enter the quantity as a number of troches, e.g. 2 or 1.5.")]
    [InlineData("1,5", 0L, "Enter the quantity as a number of troches, e.g. 2 or 1.5.")]
    [InlineData("", 0L, "Enter the quantity as a number of troches, e.g. 2 or 1.5.")]
    [InlineData("1.2345", 0L, "Give the quantity to at most three decimal places.")]
    public void A_quantity_as_typed_is_a_number_of_units_above_zero_to_three_places(string typed, long thousandths, string problem)
    {
        Assert.Equal(problem == "", StockQuantity.TryParse(typed, "troche", out var parsed, out var said));
        Assert.Equal(thousandths, parsed);
        Assert.Equal(problem, said);
    }

    private static long Change(RegisterEntryKind kind, decimal units) => kind.Direction() * StockQuantity.Thousandths(units);
}

namespace Tandem.Core.Treatment;

/// <summary>A practice's protocol for planning a series; every number is a setting with DOMAIN.md's default.</summary>
public sealed record SeriesRules
{
    public int MinimumDosesPerPerson { get; init; } = 6;
    public int MaximumDosesPerPerson { get; init; } = 8;

    /// <summary>
    /// Days a person's next dosing session must be from their last, counted as DOMAIN.md's worked example counts them:
    /// both dose days included, so Thursday 7 to Tuesday 12 January is six days.
    /// </summary>
    public int MinimumDaysBetweenDoses { get; init; } = 6;

    /// <summary>An integration session is due within this many days after its dosing session.</summary>
    public int IntegrationWithinDays { get; init; } = 3;

    /// <summary>Days from one dosing step to the next: one step a week.</summary>
    public int CadenceDays { get; init; } = 7;

    /// <summary>Within a step, the first dosing session falls this many days after the step starts (a Tuesday for a Monday start).</summary>
    public int FirstDoseOffsetDays { get; init; } = 1;

    /// <summary>For a couple's individual step, the second partner's journey falls this many days after the first's.</summary>
    public int SecondPartnerOffsetDays { get; init; } = 2;

    /// <summary>An integration session is planned this many days after its dosing session.</summary>
    public int IntegrationOffsetDays { get; init; } = 1;

    /// <summary>The earliest day someone may have a dosing session after one on <paramref name="lastDose"/>.</summary>
    public DateOnly EarliestNextDose(DateOnly lastDose) => lastDose.AddDays(MinimumDaysBetweenDoses - 1);
}

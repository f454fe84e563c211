namespace Tandem.Core.Scheduling;

/// <summary>Days the whole practice is closed (a holiday, a closure), in its time zone: no session or free call falls on them.</summary>
public sealed class Closure : PracticeRecord
{
    public const int MaxNameLength = 80;

    public required string Name { get; set; }
    public DateOnly FirstDay { get; set; }
    public DateOnly LastDay { get; set; }

    public bool Covers(DateOnly day) => day >= FirstDay && day <= LastDay;
}

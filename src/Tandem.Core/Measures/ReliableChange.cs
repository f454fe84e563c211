namespace Tandem.Core.Measures;

public enum ChangeLabel
{
    NoReliableChange,
    ReliableImprovement,
    ReliableDeterioration,

    /// <summary>From caseness to non-caseness, without reliable improvement.</summary>
    Recovery,

    /// <summary>Recovery together with reliable improvement.</summary>
    ReliableRecovery,
}

/// <summary>DOMAIN.md's classification of change from baseline, as NHS Talking Therapies defines it.</summary>
public static class ReliableChange
{
    /// <summary>The label for a change; null where the instrument carries no reliable-change threshold.</summary>
    public static ChangeLabel? Classify(ChangeCriteria c, double baseline, double latest)
    {
        if (c.ReliableChange is not { } threshold)
        {
            return null;
        }

        var improvement = c.Improvement(baseline, latest);
        var reliablyBetter = improvement >= threshold;
        var reliablyWorse = -improvement >= threshold;
        var recovered = c.IsCase(baseline) && !c.IsCase(latest);
        return (recovered, reliablyBetter, reliablyWorse) switch
        {
            (true, true, _) => ChangeLabel.ReliableRecovery,
            (true, false, _) => ChangeLabel.Recovery,
            (false, true, _) => ChangeLabel.ReliableImprovement,
            (_, _, true) => ChangeLabel.ReliableDeterioration,
            _ => ChangeLabel.NoReliableChange,
        };
    }

    /// <summary>A drop of at least half the baseline score (for instruments where lower is better).</summary>
    public static bool IsResponse(double baseline, double latest) => baseline > 0 && latest <= baseline / 2;

    /// <summary>PHQ-9 below 5.</summary>
    public static bool IsRemission(Instrument instrument, double latest) => instrument.Code == Instruments.Phq9.Code && latest < 5;
}

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

/// <summary>
/// DOMAIN.md's classification of change from baseline on one instrument, with NHS Talking Therapies' thresholds where
/// they exist. NHS Talking Therapies' own recovery takes PHQ-9 and GAD-7 together: <see cref="PairedRecovery"/>.
/// </summary>
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
        var recovered = c.IsCase(baseline) == true && c.IsCase(latest) == false;
        return (recovered, reliablyBetter, reliablyWorse) switch
        {
            (true, true, _) => ChangeLabel.ReliableRecovery,
            (true, false, _) => ChangeLabel.Recovery,
            (false, true, _) => ChangeLabel.ReliableImprovement,
            (_, _, true) => ChangeLabel.ReliableDeterioration,
            _ => ChangeLabel.NoReliableChange,
        };
    }

    /// <summary>A drop of at least half the baseline score (for instruments where lower is better), as Hull et al. 2022 count response.</summary>
    public static bool IsResponse(double baseline, double latest) => baseline > 0 && latest <= baseline / 2;

    /// <summary>Whether the instrument counts remission, as Hull et al. 2022 do for PHQ-9 (depression) and GAD-7 (anxiety).</summary>
    public static bool HasRemission(Instrument instrument) => instrument.Change?.RemissionBelow is not null;

    public static bool IsRemission(Instrument instrument, double latest) => latest < instrument.Change?.RemissionBelow;
}

namespace Tandem.Core.Corrections;

/// <summary>Where a client's request for a correction stands; stored as its number.</summary>
public enum CorrectionState
{
    Requested = 0,
    Accepted = 1,
    Declined = 2,
}

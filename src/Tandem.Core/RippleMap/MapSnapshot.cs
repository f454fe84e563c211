namespace Tandem.Core.RippleMap;

/// <summary>
/// My relationship map as I drew it at one moment. It is mine, never a case's: who else reads it is the shares I made
/// (<see cref="Sharing.Share"/>), each in one case. A snapshot is not edited; I redraw, which makes the next one.
/// </summary>
public sealed class MapSnapshot : PracticeRecord
{
    public const int MaxPeople = 60;

    public Guid ClientId { get; set; }
    public DateTime DrawnAt { get; set; }
    public List<MapPerson> People { get; set; } = [];
}

/// <summary>
/// One person as placed on one snapshot. <see cref="PersonId"/> stays the same from snapshot to snapshot, so change is
/// per person even when I rename them.
/// </summary>
public sealed class MapPerson : PracticeRecord
{
    public const int MaxWhatChangedLength = 200;

    public Guid SnapshotId { get; set; }
    public Guid PersonId { get; set; }
    public required string Label { get; set; }
    public Relationship Relationship { get; set; }
    public Ring Ring { get; set; }

    /// <summary>Inclusion of Other in the Self (Aron, Aron &amp; Smollan 1992): 1, two circles apart, to 7, almost one.</summary>
    public int Closeness { get; set; }
    public Feeling Feeling { get; set; }
    public string? WhatChanged { get; set; }

    public LifeDomain Domain => Relationship.DomainOf();

    public const int LeastClose = 1;
    public const int MostClose = 7;
}

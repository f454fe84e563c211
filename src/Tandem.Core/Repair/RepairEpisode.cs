namespace Tandem.Core.Repair;

/// <summary>
/// One conflict of a couple, told by each partner from their own side. Neither reads the other's words until both sides
/// are ready; then both are revealed together, to both partners and the case team, and the episode is fixed
/// (DOMAIN.md, "Rupture-and-repair log").
/// </summary>
public sealed class RepairEpisode : PracticeRecord
{
    public const string Fixed = "This episode is revealed to you both; it can no longer change.";

    public Guid CaseId { get; set; }
    public DateOnly OccurredOn { get; set; }
    public DateTime? RevealedAt { get; set; }
    public List<RepairSide> Sides { get; } = [];

    public bool IsRevealed => RevealedAt is not null;

    public RepairSide? SideOf(Guid clientId) => Sides.FirstOrDefault(s => s.ClientId == clientId);

    /// <summary>Why <paramref name="clientId"/> may not change their side now, or null when they may.</summary>
    public string? WhyNotEditable(Guid clientId) =>
        IsRevealed ? Fixed
        : SideOf(clientId)?.ReadyAt is not null ? "Your side is marked ready. Take it back to change it."
        : null;

    /// <summary>Marks the side ready; when the other side is ready too, both are revealed at once.</summary>
    public string? MarkReady(Guid clientId, DateTime now)
    {
        var side = SideOf(clientId);
        if (IsRevealed || side is null)
        {
            return IsRevealed ? Fixed : "Write your side first.";
        }

        side.ReadyAt ??= now;
        if (Sides.Count == 2 && Sides.TrueForAll(s => s.ReadyAt is not null))
        {
            RevealedAt = now;
        }

        return null;
    }

    public string? TakeBack(Guid clientId)
    {
        if (IsRevealed)
        {
            return Fixed;
        }

        SideOf(clientId)?.ReadyAt = null;
        return null;
    }

    /// <summary>Whether the other partner's ready side waits for <paramref name="clientId"/>'s: all they may know before the reveal.</summary>
    public bool AwaitsSideOf(Guid clientId) =>
        !IsRevealed && Sides.Exists(s => s.ClientId != clientId && s.ReadyAt is not null) && SideOf(clientId)?.ReadyAt is null;

    /// <summary>Whether the case team reads this side: after the reveal, or earlier when its author shared it with them.</summary>
    public bool CaseTeamReads(RepairSide side) => IsRevealed || side.SharedWithCaseTeam;
}

public enum RepairReacher
{
    Me = 1,
    MyPartner = 2,
    BothOfUs = 3,
    Nobody = 4,
}

public enum RepairOutcome
{
    Repaired = 1,
    Partly = 2,
    NotYet = 3,
}

/// <summary>One partner's account of an episode.</summary>
public sealed class RepairSide : PracticeRecord
{
    public const int MaxTextLength = 2000;

    public Guid EpisodeId { get; set; }
    public Guid CaseId { get; set; }
    public Guid ClientId { get; set; }
    public required string WhatSetItOff { get; set; }
    public string? EarlySigns { get; set; }
    public RepairReacher ReachedForRepair { get; set; }

    /// <summary>Minutes from the rupture to the first reach for repair; none when nobody reached.</summary>
    public int? MinutesToRepair { get; set; }
    public RepairOutcome Outcome { get; set; }
    public string? NextTime { get; set; }
    public DateTime? ReadyAt { get; set; }

    /// <summary>Shared with the case team before the reveal; like a "me and my clinician" journal entry.</summary>
    public bool SharedWithCaseTeam { get; set; }
}

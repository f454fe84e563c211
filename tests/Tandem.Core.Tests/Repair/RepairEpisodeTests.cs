using Tandem.Core.Repair;

namespace Tandem.Core.Tests.Repair;

public sealed class RepairEpisodeTests
{
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();
    private static readonly DateTime Now = new(2026, 11, 20, 18, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Both_sides_ready_reveals_them_together_and_the_episode_is_then_fixed()
    {
        var episode = Episode(A, B);

        Assert.Null(episode.MarkReady(A, Now));
        Assert.False(episode.IsRevealed);
        Assert.True(episode.AwaitsSideOf(B));
        Assert.False(episode.AwaitsSideOf(A));

        Assert.Null(episode.MarkReady(B, Now.AddHours(1)));
        Assert.Equal(Now.AddHours(1), episode.RevealedAt);
        Assert.False(episode.AwaitsSideOf(B));
        Assert.Equal(RepairEpisode.Fixed, episode.TakeBack(A));
        Assert.Equal(RepairEpisode.Fixed, episode.WhyNotEditable(B));
        Assert.NotNull(episode.SideOf(A)!.ReadyAt);
    }

    [Fact]
    public void A_ready_side_can_be_taken_back_before_the_reveal_and_is_edited_only_when_not_ready()
    {
        var episode = Episode(A, B);
        episode.MarkReady(A, Now);
        Assert.NotNull(episode.WhyNotEditable(A));

        Assert.Null(episode.TakeBack(A));
        Assert.Null(episode.SideOf(A)!.ReadyAt);
        Assert.Null(episode.WhyNotEditable(A));
        Assert.False(episode.AwaitsSideOf(B));

        episode.MarkReady(B, Now);
        Assert.False(episode.IsRevealed);
        Assert.True(episode.AwaitsSideOf(A));
    }

    [Fact]
    public void One_side_alone_is_never_revealed_and_a_partner_without_a_side_cannot_mark_ready()
    {
        var episode = Episode(A);
        Assert.Null(episode.MarkReady(A, Now));
        Assert.False(episode.IsRevealed);
        Assert.Equal("Write your side first.", episode.MarkReady(B, Now));
        Assert.True(episode.AwaitsSideOf(B));
    }

    [Fact]
    public void The_case_team_reads_a_side_after_the_reveal_or_when_its_author_shared_it_early()
    {
        var episode = Episode(A, B);
        var a = episode.SideOf(A)!;
        Assert.False(episode.CaseTeamReads(a));
        a.SharedWithCaseTeam = true;
        Assert.True(episode.CaseTeamReads(a));
        Assert.False(episode.CaseTeamReads(episode.SideOf(B)!));

        episode.MarkReady(A, Now);
        episode.MarkReady(B, Now);
        Assert.True(episode.CaseTeamReads(episode.SideOf(B)!));
    }

    [Fact]
    public void Trends_count_episodes_per_week_the_share_repaired_and_the_median_time_to_repair()
    {
        var day = new DateOnly(2026, 11, 2);
        var trends = RepairTrends.Of(
        [
            (day, [Side(A, RepairOutcome.Repaired, 10), Side(B, RepairOutcome.Partly, 30)]),
            (day.AddDays(7), [Side(A, RepairOutcome.Repaired, 20), Side(B, RepairOutcome.Repaired, null)]),
            (day.AddDays(14), [Side(A, RepairOutcome.NotYet, 90)]),
        ], weeks: 3);

        Assert.Equal(3, trends.Episodes);
        Assert.Equal(1.0, trends.EpisodesPerWeek);
        Assert.Equal(0.6, trends.ShareRepaired!.Value, 3);
        Assert.Equal(25.0, trends.MedianMinutesToRepair);
        Assert.Null(RepairTrends.Of([], 4).MedianMinutesToRepair);
    }

    private static RepairEpisode Episode(params Guid[] authors)
    {
        var episode = new RepairEpisode { OccurredOn = new DateOnly(2026, 11, 18) };
        foreach (var author in authors)
        {
            episode.Sides.Add(Side(author, RepairOutcome.Partly, 15));
        }

        return episode;
    }

    private static RepairSide Side(Guid author, RepairOutcome outcome, int? minutes) =>
        new() { ClientId = author, WhatSetItOff = "The dishes", ReachedForRepair = RepairReacher.Me, Outcome = outcome, MinutesToRepair = minutes };
}

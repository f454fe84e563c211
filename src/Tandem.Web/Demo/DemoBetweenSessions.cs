using Microsoft.EntityFrameworkCore;
using Tandem.Core.Corrections;
using Tandem.Core.Journal;
using Tandem.Core.Practices;
using Tandem.Core.Repair;
using Tandem.Data;
using Tandem.Core;

namespace Tandem.Web.Demo;

/// <summary>What the demo couple did between sessions: a week and a half of practice check-ins, one episode both revealed, and a correction Jordan asked for.</summary>
internal sealed class DemoBetweenSessions(TandemDbContext db, Practice practice, DateTime now)
{
    public async Task LogAsync(Guid caseId, Guid jordan, Guid alex)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(practice.TimeZoneId);
        var today = now.DayIn(zone);
        var given = await db.PracticeAssignments.Where(a => a.PracticeId == practice.Id && a.CaseId == caseId).Select(a => new { a.ClientId, a.HomePracticeId }).Distinct().ToListAsync();
        foreach (var (g, index) in given.Select((g, i) => (g, i)))
        {
            for (var daysAgo = 10; daysAgo >= 1; daysAgo--)
            {
                var done = (daysAgo + index) % 4 != 0;
                db.HomePracticeCheckIns.Add(new HomePracticeCheckIn
                {
                    PracticeId = practice.Id, ClientId = g.ClientId, CaseId = caseId, HomePracticeId = g.HomePracticeId, Day = today.AddDays(-daysAgo),
                    Done = done, HowItWent = done ? 2 + ((daysAgo + index) % 4) : null,
                    Note = daysAgo == 2 && done ? "Caught it before my voice rose." : null,
                });
            }
        }

        var episode = new RepairEpisode { PracticeId = practice.Id, CaseId = caseId, OccurredOn = today.AddDays(-9), RevealedAt = now.AddDays(-7) };
        episode.Sides.Add(Side(episode, jordan, "Alex was late again and didn't text.", "Tight jaw, rehearsing what I'd say.", RepairReacher.MyPartner, 40, RepairOutcome.Repaired, "Say I'm worried before I say I'm angry."));
        episode.Sides.Add(Side(episode, alex, "Jordan's silence when I came in.", "Wanting to leave the room.", RepairReacher.Me, 30, RepairOutcome.Repaired, "Text when I'm running late; ask what the silence means."));
        db.RepairEpisodes.Add(episode);
        db.CorrectionRequests.Add(new CorrectionRequest
        {
            PracticeId = practice.Id, ClientId = jordan, CaseId = caseId, RequestedAt = now.AddDays(-1),
            What = "My intake says I have had trouble sleeping for ten years.", Why = "It has been about two years, since my father died.",
        });
        await db.SaveChangesAsync();
    }

    private RepairSide Side(
        RepairEpisode episode, Guid client, string trigger, string signs, RepairReacher reacher, int minutes, RepairOutcome outcome, string next) => new()
    {
        PracticeId = practice.Id, EpisodeId = episode.Id, CaseId = episode.CaseId, ClientId = client, WhatSetItOff = trigger, EarlySigns = signs,
        ReachedForRepair = reacher, MinutesToRepair = minutes, Outcome = outcome, NextTime = next, ReadyAt = now.AddDays(-8),
    };
}

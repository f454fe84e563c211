using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Journal;
using Tandem.Core.Repair;
using Tandem.Core.Sharing;

namespace Tandem.Web.LargePractice;

/// <summary>What clients did between sessions: journal entries (some shared in their case), practice check-ins, and a couple's repair episodes.</summary>
internal sealed class BetweenSessionsWriter(Generation generation)
{
    public void Write(GeneratedCase generated, IReadOnlyList<GivenPractice> given)
    {
        var story = generated.Story;
        if (!story.Reached(CaseStage.Preparation))
        {
            return;
        }

        var until = story.LastActive < generation.Today ? story.LastActive : generation.Today;
        var from = story.SeriesStart.AddDays(-14);
        foreach (var person in generated.People)
        {
            for (var i = generation.Random.Int(0, 6); i > 0 && from <= until; i--)
            {
                Journal(generated, person.Id, Between(from, until));
            }
        }

        CheckIns(given);
        if (story.Kind == CaseKind.Couple && story.Reached(CaseStage.DosingSeries))
        {
            for (var i = generation.Random.Int(1, 5); i > 0 && story.SeriesStart <= until; i--)
            {
                Repair(generated, Between(story.SeriesStart, until), until);
            }
        }
    }

    private DateOnly Between(DateOnly from, DateOnly until) => from.AddDays(generation.Random.Int(0, Math.Max(0, until.DayNumber - from.DayNumber)));

    private void Journal(GeneratedCase generated, Guid author, DateOnly day)
    {
        var random = generation.Random;
        var entry = new JournalEntry
        {
            PracticeId = generation.PracticeId, AuthorClientId = author, Title = random.Bool(0.7f) ? random.ArrayElement(ClinicPhrases.JournalTitles) : null,
            Body = string.Join("\n\n", random.ArrayElements(ClinicPhrases.JournalLines, random.Int(1, 3))), WrittenAt = generation.At(day, random.Int(7, 22), random.Int(0, 59)),
        };
        generation.Db.JournalEntries.Add(entry);
        generation.Audit(AuditCode.JournalEntry_Written, null, author, nameof(JournalEntry), entry.Id);
        var audience = random.Int(1, 3);
        if (audience == 1 || (audience == 3 && generated.Story.Kind != CaseKind.Couple))
        {
            return;
        }

        generation.Db.Shares.Add(new Share
        {
            PracticeId = generation.PracticeId, OwnerClientId = author, Kind = MaterialKind.JournalEntry, ItemId = entry.Id, CaseId = generated.Case.Id,
            Audience = (Visibility)audience, SharedAt = entry.WrittenAt,
        });
    }

    private void CheckIns(IReadOnlyList<GivenPractice> given)
    {
        var random = generation.Random;
        var logged = new HashSet<(Guid, Guid, DateOnly)>();
        foreach (var practice in given)
        {
            for (var day = practice.From.AddDays(1); day <= practice.Until; day = day.AddDays(1))
            {
                if (!random.Bool(0.6f) || !logged.Add((practice.ClientId, practice.HomePracticeId, day)))
                {
                    continue;
                }

                var done = random.Bool(0.75f);
                generation.Db.HomePracticeCheckIns.Add(new HomePracticeCheckIn
                {
                    PracticeId = generation.PracticeId, ClientId = practice.ClientId, CaseId = practice.CaseId, HomePracticeId = practice.HomePracticeId,
                    Day = day, Done = done, HowItWent = done ? random.Int(1, 5) : null, Note = done && random.Bool(0.1f) ? random.ArrayElement(ClinicPhrases.CheckInNotes) : null,
                });
            }
        }
    }

    private void Repair(GeneratedCase generated, DateOnly occurred, DateOnly until)
    {
        var random = generation.Random;
        var episode = new RepairEpisode { PracticeId = generation.PracticeId, CaseId = generated.Case.Id, OccurredOn = occurred };
        var readyOn = occurred.AddDays(random.Int(0, 3));
        var ready = generation.At(readyOn > until ? until : readyOn, random.Int(18, 22));
        var sides = random.Bool(0.85f) ? 2 : random.Int(1, 2);
        foreach (var person in generated.People.Take(sides))
        {
            var reacher = random.Enum<RepairReacher>();
            episode.Sides.Add(new RepairSide
            {
                PracticeId = generation.PracticeId, EpisodeId = episode.Id, CaseId = episode.CaseId, ClientId = person.Id,
                WhatSetItOff = random.ArrayElement(ClinicPhrases.RepairTriggers), EarlySigns = random.ArrayElement(ClinicPhrases.EarlySigns),
                ReachedForRepair = reacher, MinutesToRepair = reacher == RepairReacher.Nobody ? null : random.Int(5, 240),
                Outcome = random.Enum<RepairOutcome>(), NextTime = random.ArrayElement(ClinicPhrases.NextTime), ReadyAt = random.Bool(0.9f) ? ready : null,
            });
        }

        if (episode.Sides.Count == 2 && episode.Sides.TrueForAll(s => s.ReadyAt is not null))
        {
            episode.RevealedAt = ready;
            generation.Audit(AuditCode.RepairEpisode_Revealed, null, null, nameof(RepairEpisode), episode.Id);
        }

        generation.Db.RepairEpisodes.Add(episode);
    }
}

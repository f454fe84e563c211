using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Cases;
using Tandem.Core.Journal;
using Tandem.Core.Preparation;
using Tandem.Core.Repair;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Privacy;

/// <summary>
/// DOMAIN.md's "Who sees what" for everything a client writes in the portal, as a matrix: every piece of partner A's
/// material against every kind of reader, each reading every page they could reach. A reader sees a piece exactly when
/// the table says; the pages a denied reader tried are the ones an allowed reader saw it on.
/// </summary>
public abstract class PortalPrivacyMatrixTests(TandemApp app)
{
    private enum Reader { Author, Partner, CaseTeam, OtherClinician, PracticeAdmin, OtherPracticeClinician, OtherClient }

    private static readonly Dictionary<string, Reader[]> WhoSees = new()
    {
        ["journal-only-me"] = [Reader.Author],
        ["journal-clinician"] = [Reader.Author, Reader.CaseTeam],
        ["journal-partner"] = [Reader.Author, Reader.Partner, Reader.CaseTeam],
        ["intention-only-me"] = [Reader.Author],
        ["intention-clinician"] = [Reader.Author, Reader.CaseTeam],
        ["intention-partner"] = [Reader.Author, Reader.Partner, Reader.CaseTeam],
        ["hotspot-only-me"] = [Reader.Author],
        ["hotspot-clinician"] = [Reader.Author, Reader.CaseTeam],
        ["hotspot-partner"] = [Reader.Author, Reader.Partner, Reader.CaseTeam],
        ["practice-log"] = [Reader.Author, Reader.CaseTeam],
        ["repair-draft"] = [Reader.Author],
        ["repair-ready"] = [Reader.Author],
        ["repair-shared-with-team"] = [Reader.Author, Reader.CaseTeam],
        ["repair-revealed"] = [Reader.Author, Reader.Partner, Reader.CaseTeam],
    };

    [Fact]
    public async Task Every_reader_sees_exactly_what_the_table_allows_and_a_closed_case_ends_the_former_partners_view()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var material = await WriteEverythingAsync(series, tag);
        var readers = new Dictionary<Reader, PageSession>
        {
            [Reader.Author] = await app.SignInAsync(series.A.Email),
            [Reader.Partner] = await app.SignInAsync(series.B.Email),
            [Reader.CaseTeam] = await app.As(app.Demo.Emails["sam"]),
            [Reader.OtherClinician] = await app.SignInAsync(await app.StaffAsync(app.Demo, Roles.Clinician, Roles.Prescriber)),
            [Reader.PracticeAdmin] = await app.As(app.Demo.Emails["admin"]),
            [Reader.OtherPracticeClinician] = await app.As(app.Other.Emails["sam"]),
            [Reader.OtherClient] = await app.SignInAsync((await app.CoupleInSeriesAsync(app.Demo)).A.Email),
        };
        var pages = Pages(series, material);

        var seenOn = new Dictionary<string, string>();
        foreach (var (reader, session) in readers)
        {
            var read = await ReadAllAsync(session, pages);
            foreach (var (piece, allowed) in WhoSees)
            {
                var probe = $"{piece}-{tag}";
                var where = read.FirstOrDefault(r => r.Text.Contains(probe, StringComparison.Ordinal)).Url;
                Assert.True(allowed.Contains(reader) == (where is not null), $"{reader} {(where is null ? "does not see" : "sees")} {piece}{(where is null ? "" : " on " + where)}");
                if (where is not null)
                {
                    seenOn.TryAdd(piece, where);
                }
            }
        }

        Assert.Equal(WhoSees.Keys.Order(), seenOn.Keys.Order());
        // The case page itself shows another clinician of the practice the name and stage (checked above for content); every
        // page of the team's material answers a denied reader as if it did not exist.
        foreach (var teamPage in pages.Where(p => p.StartsWith("/Cases/", StringComparison.Ordinal) && p != $"/Cases/{series.CaseId}"))
        {
            foreach (var reader in new[] { Reader.Author, Reader.Partner, Reader.OtherClinician, Reader.PracticeAdmin, Reader.OtherPracticeClinician, Reader.OtherClient })
            {
                Assert.True((await readers[reader].GetAsync(teamPage)).Status == HttpStatusCode.NotFound, $"{reader} reached {teamPage}");
            }
        }

        await app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == series.CaseId).ExecuteUpdateAsync(c => c.SetProperty(x => x.Stage, CaseStage.Closed)));
        var formerPartner = await ReadAllAsync(readers[Reader.Partner], pages);
        foreach (var piece in WhoSees.Keys)
        {
            Assert.DoesNotContain(formerPartner, r => r.Text.Contains($"{piece}-{tag}", StringComparison.Ordinal));
        }

        var author = await ReadAllAsync(readers[Reader.Author], pages);
        Assert.Contains(author, r => r.Text.Contains($"journal-partner-{tag}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nobody_but_the_author_can_edit_narrow_or_delete_what_the_author_wrote()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var material = await WriteEverythingAsync(series, Guid.NewGuid().ToString("N")[..8]);
        var writes = new List<(string Url, KeyValuePair<string, string>[] Fields)>();
        foreach (var entry in material.JournalEntries)
        {
            writes.Add(($"/Portal/Journal/{entry}/Edit?handler=Save", [new("Input.Body", "rewritten"), new("Input.Visibility", "OnlyMe")]));
            writes.Add(($"/Portal/Journal/{entry}/Edit?handler=Delete", []));
        }

        foreach (var id in material.Intentions.Concat(material.HotSpots))
        {
            writes.Add(("/Portal/Preparation?handler=Visibility", [new("id", id.ToString()), new("visibility", "OnlyMe")]));
            writes.Add(("/Portal/Preparation?handler=Delete", [new("id", id.ToString())]));
        }

        var forgers = new List<(string Email, PageSession Session, string Token)>();
        foreach (var email in new[] { series.B.Email, (await app.CoupleInSeriesAsync(app.Demo)).A.Email })
        {
            var session = await app.SignInAsync(email);
            forgers.Add((email, session, await session.TokenAsync("/Portal/Journal")));
        }

        var before = await Security.DatabaseSnapshot.TakeAsync(app);
        foreach (var (email, forger, token) in forgers)
        {
            foreach (var (url, fields) in writes)
            {
                var response = await forger.PostAsync(url, [new("__RequestVerificationToken", token), .. fields]);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{email}: POST {url} answered {(int)response.StatusCode}");
            }
        }

        Assert.Equal(before, await Security.DatabaseSnapshot.TakeAsync(app));
        var author = await app.SignInAsync(series.A.Email);
        var allowed = await author.PostAsync("/Portal/Preparation?handler=Delete", [new("__RequestVerificationToken", await author.TokenAsync("/Portal/Journal")), new("id", material.Intentions[0].ToString())]);
        Assert.Equal(HttpStatusCode.Redirect, allowed.StatusCode);
        Assert.False(await app.InDatabaseAsync(db => db.Intentions.AnyAsync(i => i.Id == material.Intentions[0])));
    }

    private sealed record Material(IReadOnlyList<Guid> JournalEntries, IReadOnlyList<Guid> Episodes, IReadOnlyList<Guid> Intentions, IReadOnlyList<Guid> HotSpots);

    /// <summary>Every page a reader of either kind could try: the portal's and the case team's.</summary>
    private static List<string> Pages(SeriesCase series, Material material) =>
    [
        "/Portal", "/Portal/Journal", "/Portal/Preparation", "/Portal/Practices", "/Portal/Repair",
        .. material.Episodes.Select(e => $"/Portal/Repair/{e}"),
        .. material.JournalEntries.Select(e => $"/Portal/Journal/{e}/Edit"),
        $"/Cases/{series.CaseId}", $"/Cases/{series.CaseId}/Journal/{series.A.Id}", $"/Cases/{series.CaseId}/Practices/{series.A.Id}",
        $"/Cases/{series.CaseId}/Repair",
    ];

    private static async Task<List<(string Url, string Text)>> ReadAllAsync(PageSession session, IEnumerable<string> pages)
    {
        var read = new List<(string, string)>();
        foreach (var url in pages)
        {
            var page = await session.GetAsync(url);
            if (page.Status == HttpStatusCode.OK)
            {
                read.Add((url, page.Html));
            }
        }

        return read;
    }

    private async Task<Material> WriteEverythingAsync(SeriesCase series, string tag)
    {
        var practice = (await app.PracticesGivenAsync(app.Demo, series, count: 1))[0];
        return await app.InDatabaseAsync(async db =>
        {
            var (p, a, b, caseId) = (app.Demo.PracticeId, series.A.Id, series.B.Id, series.CaseId);
            var now = DateTime.UtcNow;
            var entries = new List<Guid>();
            List<Guid> intentions = [], spots = [];
            foreach (var (visibility, name) in new[] { (Visibility.OnlyMe, "only-me"), (Visibility.MeAndMyClinician, "clinician"), (Visibility.MyPartnerAndMyClinician, "partner") })
            {
                var entry = new JournalEntry { PracticeId = p, AuthorClientId = a, Visibility = visibility, Body = $"journal-{name}-{tag}", WrittenAt = now };
                entries.Add(entry.Id);
                db.JournalEntries.Add(entry);
                var intention = new Intention { PracticeId = p, AuthorClientId = a, Visibility = visibility, Text = $"intention-{name}-{tag}" };
                var spot = new HotSpot { PracticeId = p, AuthorClientId = a, Visibility = visibility, Situation = $"hotspot-{name}-{tag}", Feeling = "Small", UsualResponse = "Go quiet" };
                (intentions, spots) = ([.. intentions, intention.Id], [.. spots, spot.Id]);
                db.Intentions.Add(intention);
                db.HotSpots.Add(spot);
            }

            var today = DateOnly.FromDateTime(now);
            db.PracticeCheckIns.Add(new PracticeCheckIn
            {
                PracticeId = p, ClientId = a, CaseId = caseId, HomePracticeId = practice.Id, Day = today.AddDays(-1), Done = true, HowItWent = 4, Note = $"practice-log-{tag}",
            });

            var episodes = new List<Guid>();
            void Episode(string name, bool aReady, bool shared, bool withB)
            {
                var episode = new RepairEpisode { PracticeId = p, CaseId = caseId, OccurredOn = today.AddDays(-episodes.Count - 2) };
                episode.Sides.Add(new RepairSide
                {
                    PracticeId = p, EpisodeId = episode.Id, CaseId = caseId, ClientId = a, WhatSetItOff = $"{name}-{tag}", Outcome = RepairOutcome.Partly,
                    ReachedForRepair = RepairReacher.Me, ReadyAt = aReady ? now : null, SharedWithCaseTeam = shared,
                });
                if (withB)
                {
                    episode.Sides.Add(new RepairSide
                    {
                        PracticeId = p, EpisodeId = episode.Id, CaseId = caseId, ClientId = b, WhatSetItOff = "Bo's view", Outcome = RepairOutcome.Repaired,
                        ReachedForRepair = RepairReacher.MyPartner, ReadyAt = now,
                    });
                    episode.RevealedAt = now;
                }

                episodes.Add(episode.Id);
                db.RepairEpisodes.Add(episode);
            }

            Episode("repair-draft", aReady: false, shared: false, withB: false);
            Episode("repair-ready", aReady: true, shared: false, withB: false);
            Episode("repair-shared-with-team", aReady: false, shared: true, withB: false);
            Episode("repair-revealed", aReady: true, shared: false, withB: true);
            await db.SaveChangesAsync();
            return new Material(entries, episodes, intentions, spots);
        });
    }
}

[Collection(SqliteApp.Collection)]
public sealed class PortalPrivacyMatrixTests_Sqlite(SqliteApp app) : PortalPrivacyMatrixTests(app);

[Collection(PostgresApp.Collection)]
public sealed class PortalPrivacyMatrixTests_Postgres(PostgresApp app) : PortalPrivacyMatrixTests(app);

using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Cases;
using Tandem.Core.Journal;
using Tandem.Core.Preparation;
using Tandem.Core.Repair;
using Tandem.Core.RippleMap;
using Tandem.Core.Sharing;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Privacy;

/// <summary>
/// DOMAIN.md's "Who sees what" for everything a client writes in the portal, as a matrix: every piece of partner A's
/// material, shared in A and B's couple case, against every kind of reader, each reading every page they could reach.
/// A also takes part in two later couple cases: with C (led by a clinician on neither team: the lead of a linked case)
/// and with D. A reader sees a piece exactly when the table says; the pages a denied reader tried are the ones an
/// allowed reader saw it on. Export has no page yet (the record download comes with its own issue): the handler
/// matrices decide it.
/// </summary>
public abstract class PortalPrivacyMatrixTests(TandemApp app)
{
    private enum Reader
    {
        Author, Partner, CaseTeam, OtherClinician, PracticeAdmin, OtherPracticeClinician, OtherClient, PartnerInSecondCase, NextPartner, LeadOfLinkedCase,
    }

    private static readonly Reader[] InLaterCases = [Reader.PartnerInSecondCase, Reader.NextPartner, Reader.LeadOfLinkedCase];

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
        ["map-only-me"] = [Reader.Author],
        ["map-clinician"] = [Reader.Author, Reader.CaseTeam],
        ["map-partner"] = [Reader.Author, Reader.Partner, Reader.CaseTeam],
    };

    [Fact]
    public async Task Every_reader_sees_exactly_what_the_table_allows_and_a_closed_case_ends_the_former_partners_view()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var material = await WriteEverythingAsync(series, tag);
        var later = await LaterCasesAsync(series);
        var readers = new Dictionary<Reader, PageSession>
        {
            [Reader.Author] = await app.SignInAsync(series.A.Email),
            [Reader.Partner] = await app.SignInAsync(series.B.Email),
            [Reader.CaseTeam] = await app.As(app.Demo.Emails["sam"]),
            [Reader.OtherClinician] = await app.SignInAsync(await app.StaffAsync(app.Demo, Roles.Clinician, Roles.Prescriber)),
            [Reader.PracticeAdmin] = await app.As(app.Demo.Emails["admin"]),
            [Reader.OtherPracticeClinician] = await app.As(app.Other.Emails["sam"]),
            [Reader.OtherClient] = await app.SignInAsync((await app.CoupleInSeriesAsync(app.Demo)).A.Email),
            [Reader.PartnerInSecondCase] = await app.SignInAsync(later.C.Email),
            [Reader.NextPartner] = await app.SignInAsync(later.D.Email),
            [Reader.LeadOfLinkedCase] = await app.SignInAsync(later.Lead),
        };
        var pages = Pages(series, material, later);

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
        foreach (var teamPage in pages.Where(p => p.StartsWith($"/Cases/{series.CaseId}/", StringComparison.Ordinal)))
        {
            foreach (var reader in (Reader[])[Reader.Author, Reader.Partner, Reader.OtherClinician, Reader.PracticeAdmin, Reader.OtherPracticeClinician, Reader.OtherClient, .. InLaterCases])
            {
                Assert.True((await readers[reader].GetAsync(teamPage)).Status == HttpStatusCode.NotFound, $"{reader} reached {teamPage}");
            }
        }

        await app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == series.CaseId).ExecuteUpdateAsync(c => c.SetProperty(x => x.Stage, CaseStage.Closed)));
        foreach (var reader in (Reader[])[Reader.Partner, .. InLaterCases])
        {
            var afterClose = await ReadAllAsync(readers[reader], pages);
            foreach (var piece in WhoSees.Keys)
            {
                Assert.False(afterClose.Any(r => r.Text.Contains($"{piece}-{tag}", StringComparison.Ordinal)), $"{reader} sees {piece} after the case closed");
            }
        }

        var author = await ReadAllAsync(readers[Reader.Author], pages);
        Assert.Contains(author, r => r.Text.Contains($"journal-partner-{tag}", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Nobody_but_the_author_can_edit_narrow_share_or_delete_what_the_author_wrote()
    {
        var series = await app.CoupleInSeriesAsync(app.Demo);
        var tag = Guid.NewGuid().ToString("N")[..8];
        var material = await WriteEverythingAsync(series, tag);
        var later = await LaterCasesAsync(series);
        var writes = new List<(string Url, KeyValuePair<string, string>[] Fields)>();
        foreach (var entry in material.JournalEntries)
        {
            writes.Add(($"/Portal/Journal/{entry}/Edit?handler=Save", [new("Input.Body", "rewritten")]));
            writes.Add(($"/Portal/Journal/{entry}/Edit?handler=Delete", []));
        }

        foreach (var id in material.Intentions.Concat(material.HotSpots))
        {
            writes.Add(("/Portal/Preparation?handler=Delete", [new("id", id.ToString())]));
        }

        foreach (var (url, share) in material.Sharing)
        {
            writes.Add((url, [new("Input.Visibility", "MeAndMyClinician"), new("Input.CaseId", later.SecondCase.ToString())]));
            writes.Add(($"{url}?handler=Stop", [new("shareId", share.ToString())]));
        }

        var forgers = new List<(string Who, PageSession Session, string Token)>();
        foreach (var (who, email, page) in new[]
                 {
                     ("partner", series.B.Email, "/Portal/Journal"), ("another client", (await app.CoupleInSeriesAsync(app.Demo)).A.Email, "/Portal/Journal"),
                     ("partner in a second case", later.C.Email, "/Portal/Journal"), ("next partner", later.D.Email, "/Portal/Journal"),
                     ("case team", app.Demo.Emails["sam"], "/Dashboard"), ("lead of a linked case", later.Lead, "/Dashboard"),
                 })
        {
            var session = await app.SignInAsync(email);
            forgers.Add((who, session, await session.TokenAsync(page)));
        }

        var before = await Security.DatabaseSnapshot.TakeAsync(app);
        foreach (var (who, forger, token) in forgers)
        {
            foreach (var (url, fields) in writes)
            {
                var response = await forger.PostAsync(url, [new("__RequestVerificationToken", token), .. fields]);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{who}: POST {url} answered {(int)response.StatusCode}");
            }
        }

        Assert.Equal(before, await Security.DatabaseSnapshot.TakeAsync(app));

        // The same URLs serve the author: each edit and sharing page shows the piece, and each kind of write goes through.
        var author = await app.SignInAsync(series.A.Email);
        foreach (var url in material.JournalEntries.Select(e => $"/Portal/Journal/{e}/Edit").Concat(material.Sharing.Select(s => s.Url)))
        {
            var page = await author.GetAsync(url);
            Assert.True(page.Status == HttpStatusCode.OK && page.Html.Contains(tag, StringComparison.Ordinal), $"the author does not see {url}");
        }

        var authorToken = await author.TokenAsync("/Portal/Journal");
        var (sharingUrl, shareId) = material.Sharing[0];
        var shown = (await author.GetAsync(sharingUrl)).Document.QuerySelector("input[name='Input.SharesVersion']")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostAsync(sharingUrl,
            [new("__RequestVerificationToken", authorToken), .. writes.First(w => w.Url == sharingUrl).Fields, new("Input.SharesVersion", shown)])).StatusCode);
        var shareVersion = await app.InDatabaseAsync(db => db.Shares.Where(s => s.Id == shareId).Select(s => s.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostAsync($"{sharingUrl}?handler=Stop",
            [new("__RequestVerificationToken", authorToken), new("shareId", shareId.ToString()), new("version", shareVersion.ToString())])).StatusCode);
        var version = await app.InDatabaseAsync(db => db.JournalEntries.Where(j => j.Id == material.JournalEntries[1]).Select(j => j.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostAsync($"/Portal/Journal/{material.JournalEntries[1]}/Edit?handler=Save",
            [new("__RequestVerificationToken", authorToken), new("Input.Body", "rewritten"), new("Input.Version", version.ToString())])).StatusCode);
        var intention = await app.InDatabaseAsync(db => db.Intentions.Where(i => i.Id == material.Intentions[0]).Select(i => i.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostAsync("/Portal/Preparation?handler=Delete",
            [new("__RequestVerificationToken", authorToken), new("id", material.Intentions[0].ToString()), new("version", intention.ToString())])).StatusCode);
        Assert.False(await app.InDatabaseAsync(db => db.Intentions.AnyAsync(i => i.Id == material.Intentions[0])));
        Assert.Equal("rewritten", await app.InDatabaseAsync(db => db.JournalEntries.Where(j => j.Id == material.JournalEntries[1]).Select(j => j.Body).SingleAsync()));
        Assert.False(await app.InDatabaseAsync(db => db.Shares.AnyAsync(s => s.Id == shareId)));
        var deleting = await app.InDatabaseAsync(db => db.JournalEntries.Where(j => j.Id == material.JournalEntries[2]).Select(j => j.Version).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostAsync($"/Portal/Journal/{material.JournalEntries[2]}/Edit?handler=Delete",
            [new("__RequestVerificationToken", authorToken), new("version", deleting.ToString())])).StatusCode);
        Assert.False(await app.InDatabaseAsync(db => db.Shares.AnyAsync(s => s.ItemId == material.JournalEntries[2])));
    }

    private sealed record LaterCases(Guid SecondCase, TestClient C, TestClient D, string Lead);

    /// <summary>A's second open couple case, with C, led by a clinician on neither team; and a third, with D, led by Sam.</summary>
    private async Task<LaterCases> LaterCasesAsync(SeriesCase series)
    {
        var (c, d) = (await app.ClientWithLoginAsync(app.Demo, "Cam"), await app.ClientWithLoginAsync(app.Demo, "Dee"));
        var lead = await app.StaffAsync(app.Demo, Roles.Clinician);
        var second = await app.CaseOfAsync(app.Demo, CaseStage.Preparation, [series.A.Id, c.Id], lead);
        await app.CaseOfAsync(app.Demo, CaseStage.Intake, [series.A.Id, d.Id], "sam");
        return new LaterCases(second, c, d, lead);
    }

    private sealed record Material(
        IReadOnlyList<Guid> JournalEntries, IReadOnlyList<Guid> Episodes, IReadOnlyList<Guid> Intentions, IReadOnlyList<Guid> HotSpots,
        IReadOnlyList<(string Url, Guid ShareId)> Sharing, IReadOnlyList<Guid> Maps);

    /// <summary>Every page a reader of either kind could try: the portal's, the couple case team's, and the second case's.</summary>
    private static List<string> Pages(SeriesCase series, Material material, LaterCases later) =>
    [
        "/Portal", "/Portal/Journal", "/Portal/Preparation", "/Portal/Practices", "/Portal/Repair", $"/Portal/Repair?caseId={series.CaseId}",
        $"/Portal/Repair?caseId={later.SecondCase}", "/Portal/Measures", "/Portal/RippleMap",
        .. material.Maps.Select(m => $"/Portal/RippleMap/{m}"),
        $"/Portal/RippleMap/Compare?from={material.Maps[1]}&to={material.Maps[2]}",
        .. material.Episodes.Select(e => $"/Portal/Repair/{e}"),
        .. material.JournalEntries.Select(e => $"/Portal/Journal/{e}/Edit"),
        .. material.Sharing.Select(s => s.Url),
        $"/Cases/{series.CaseId}", $"/Cases/{series.CaseId}/Journal/{series.A.Id}", $"/Cases/{series.CaseId}/Practices/{series.A.Id}",
        $"/Cases/{series.CaseId}/Repair", $"/Cases/{series.CaseId}/Measures", $"/Cases/{series.CaseId}/RippleMap/{series.A.Id}",
        $"/Cases/{series.CaseId}/RippleMap",
        $"/Cases/{later.SecondCase}", $"/Cases/{later.SecondCase}/Journal/{series.A.Id}", $"/Cases/{later.SecondCase}/Practices/{series.A.Id}",
        $"/Cases/{later.SecondCase}/Repair", $"/Cases/{later.SecondCase}/Measures", $"/Cases/{later.SecondCase}/RippleMap/{series.A.Id}",
        $"/Cases/{later.SecondCase}/RippleMap",
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
            List<Guid> intentions = [], spots = [], maps = [];
            var named = new List<Guid>();
            var sharing = new List<(string, Guid)>();
            void ShareInCase(MaterialKind kind, Guid item, Visibility visibility)
            {
                if (visibility != Visibility.OnlyMe)
                {
                    var share = new Share { PracticeId = p, OwnerClientId = a, Kind = kind, ItemId = item, CaseId = caseId, Audience = visibility, SharedAt = now };
                    db.Shares.Add(share);
                    sharing.Add(($"/Portal/Sharing/{kind}/{item}", share.Id));
                }
            }

            foreach (var (visibility, name) in new[] { (Visibility.OnlyMe, "only-me"), (Visibility.MeAndMyClinician, "clinician"), (Visibility.MyPartnerAndMyClinician, "partner") })
            {
                var entry = new JournalEntry { PracticeId = p, AuthorClientId = a, Body = $"journal-{name}-{tag}", WrittenAt = now };
                entries.Add(entry.Id);
                db.JournalEntries.Add(entry);
                var intention = new Intention { PracticeId = p, AuthorClientId = a, Text = $"intention-{name}-{tag}" };
                var spot = new HotSpot { PracticeId = p, AuthorClientId = a, Situation = $"hotspot-{name}-{tag}", Feeling = "Small", UsualResponse = "Go quiet" };
                (intentions, spots) = ([.. intentions, intention.Id], [.. spots, spot.Id]);
                db.Intentions.Add(intention);
                db.HotSpots.Add(spot);
                ShareInCase(MaterialKind.JournalEntry, entry.Id, visibility);
                ShareInCase(MaterialKind.Intention, intention.Id, visibility);
                ShareInCase(MaterialKind.HotSpot, spot.Id, visibility);
                var map = new MapSnapshot { PracticeId = p, ClientId = a, DrawnAt = now.AddMinutes(maps.Count) };
                var person = Guid.NewGuid();
                named.Add(person);
                map.People.Add(new MapPerson
                {
                    PracticeId = p, SnapshotId = map.Id, PersonId = person, Label = $"map-{name}-{tag}", Relationship = Relationship.Sibling,
                    Ring = Ring.Middle, Closeness = 4 + maps.Count, Feeling = Feeling.Mixed,
                });
                maps.Add(map.Id);
                db.MapSnapshots.Add(map);
                ShareInCase(MaterialKind.MapSnapshot, map.Id, visibility);
            }

            var today = DateOnly.FromDateTime(now);
            db.HomePracticeCheckIns.Add(new HomePracticeCheckIn
            {
                PracticeId = p, ClientId = a, CaseId = caseId, HomePracticeId = practice.Id, Day = today.AddDays(-1), Done = true, HowItWent = 4, Note = $"practice-log-{tag}",
            });

            // A check-in names each map's person, so the practice log could carry a label past its map's sharing.
            db.HomePracticeCheckIns.AddRange(named.Select((person, i) => new HomePracticeCheckIn
            {
                PracticeId = p, ClientId = a, CaseId = caseId, HomePracticeId = practice.Id, Day = today.AddDays(-2 - i), Done = true, HowItWent = 3, MapPersonId = person,
            }));

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
            return new Material(entries, episodes, intentions, spots, sharing, maps);
        });
    }
}

[Collection(SqliteApp.Collection)]
public sealed class PortalPrivacyMatrixTests_Sqlite(SqliteApp app) : PortalPrivacyMatrixTests(app);

[Collection(PostgresApp.Collection)]
public sealed class PortalPrivacyMatrixTests_Postgres(PostgresApp app) : PortalPrivacyMatrixTests(app);

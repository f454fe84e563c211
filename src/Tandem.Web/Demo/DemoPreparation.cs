using Tandem.Core.Journal;
using Tandem.Core.Practices;
using Tandem.Core.Preparation;
using Tandem.Core.Sharing;
using Tandem.Data;

namespace Tandem.Web.Demo;

/// <summary>What the demo couple wrote in preparation and since, each item shared in their case as each of them chose.</summary>
internal sealed class DemoPreparation(TandemDbContext db, Practice practice, DateTime now)
{
    public async Task WriteAsync(Guid caseId, Guid jordan, Guid alex)
    {
        Intention(jordan, "I want to explore why I shut down when I feel criticized.", caseId, Visibility.MyPartnerAndMyClinician);
        Intention(alex, "I want to notice the moment I start to leave the room, before I leave it.", caseId, Visibility.MeAndMyClinician);
        db.Intentions.Add(new Intention
        {
            PracticeId = practice.Id, AuthorClientId = jordan, SharedInCaseId = caseId, Text = "We want to connect with the love we still feel beneath the hurt.",
        });
        var spot = new HotSpot { PracticeId = practice.Id, AuthorClientId = jordan, Situation = "plans change at the last minute", Feeling = "Unimportant", UsualResponse = "Go quiet and cold" };
        db.HotSpots.Add(spot);
        Share(MaterialKind.HotSpot, spot.Id, jordan, caseId, Visibility.MeAndMyClinician);
        Entry(jordan, "After the first journey", "I saw how early the tightness starts. **Before** any words.", caseId, Visibility.MyPartnerAndMyClinician, daysAgo: 12);
        Entry(jordan, null, "Something I am not ready to say to anyone yet.", caseId, Visibility.OnlyMe, daysAgo: 5);
        Entry(alex, "Late again", "I texted this time. It felt small and it changed the evening.", caseId, Visibility.MeAndMyClinician, daysAgo: 3);
        await db.SaveChangesAsync();
    }

    private void Intention(Guid author, string text, Guid caseId, Visibility visibility)
    {
        var intention = new Intention { PracticeId = practice.Id, AuthorClientId = author, Text = text };
        db.Intentions.Add(intention);
        Share(MaterialKind.Intention, intention.Id, author, caseId, visibility);
    }

    private void Entry(Guid author, string? title, string body, Guid caseId, Visibility visibility, int daysAgo)
    {
        var entry = new JournalEntry { PracticeId = practice.Id, AuthorClientId = author, Title = title, Body = body, WrittenAt = now.AddDays(-daysAgo) };
        db.JournalEntries.Add(entry);
        Share(MaterialKind.JournalEntry, entry.Id, author, caseId, visibility);
    }

    private void Share(MaterialKind kind, Guid item, Guid owner, Guid caseId, Visibility visibility)
    {
        if (visibility != Visibility.OnlyMe)
        {
            db.Shares.Add(new Share { PracticeId = practice.Id, OwnerClientId = owner, Kind = kind, ItemId = item, CaseId = caseId, Audience = visibility, SharedAt = now });
        }
    }
}

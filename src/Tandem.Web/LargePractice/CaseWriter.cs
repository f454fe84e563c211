using System.Globalization;
using System.Text;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Clients;

namespace Tandem.Web.LargePractice;

/// <summary>One generated case as the team works it: who is in it, who is on its team, and each move of its story.</summary>
internal sealed record GeneratedCase(Case Case, CaseStory Story, IReadOnlyList<Client> People, StaffLogin Lead, StaffLogin Prescriber);

/// <summary>Writes a case's clients (each with a portal login), the case, its team, its stage history and its notes.</summary>
internal sealed class CaseWriter(Generation generation, ClientLogins logins)
{
    private int clientNumber;

    public GeneratedCase Write(CaseKind kind)
    {
        var story = CaseStories.Tell(generation, kind, generation.Tally.Cases);
        var people = kind == CaseKind.Couple ? Couple() : [NewClient(generation.Faker.Name.LastName())];
        var random = generation.Random;
        var lead = random.ListItem(generation.Staff.Clinicians.Concat(generation.Staff.Prescribers).ToList());
        var prescriber = random.ListItem(generation.Staff.Prescribers.ToList());
        var @case = new Case
        {
            PracticeId = generation.PracticeId, Kind = kind,
            Name = string.Join(" & ", people.Select(p => p.FullName)),
        };
        @case.Open(story.OpenedAt, story.OpenedAt == CaseStage.Inquiry ? null : lead.Id, Reasons.Opened(story.OpenedAt), generation.At(story.Opened, 9, random.Int(0, 59)));
        foreach (var move in story.Moves)
        {
            var at = generation.At(move.On, random.Int(9, 17), random.Int(0, 59));
            var change = CaseJourney.IsAutomatic(@case.Stage, move.To)
                ? @case.MoveAutomatically(move.To, Reasons.For(move.To, story), at)
                : @case.MoveByHand(move.To, lead.Id, Reasons.For(move.To, story), at);
            generation.Audit(AuditCode.Case_StageMoved, change.ById, null, nameof(Case), @case.Id);
        }

        @case.Participants.AddRange(people.Select(p => new CaseParticipant { PracticeId = generation.PracticeId, ClientId = p.Id, ShowsCoupleScoresToPartner = kind == CaseKind.Couple && random.Bool(0.3f) }));
        @case.Team.Add(new CaseTeamMember { PracticeId = generation.PracticeId, StaffId = lead.Id, IsLead = true, AddedById = lead.Id });
        if (story.Reached(CaseStage.MedicalReview) && prescriber.Id != lead.Id)
        {
            @case.Team.Add(new CaseTeamMember { PracticeId = generation.PracticeId, StaffId = prescriber.Id, AddedById = lead.Id });
        }

        generation.Db.Cases.Add(@case);
        foreach (var person in people)
        {
            generation.Audit(AuditCode.Case_Opened, null, person.Id, nameof(Case), @case.Id);
        }

        for (var i = random.Int(0, 3); i > 0; i--)
        {
            var note = new CaseNote { PracticeId = generation.PracticeId, CaseId = @case.Id, AuthorId = lead.Id, Text = random.ArrayElement(ClinicPhrases.CaseNotes) };
            generation.Db.CaseNotes.Add(note);
            generation.Audit(AuditCode.CaseNote_Added, lead.Id, null, nameof(CaseNote), note.Id);
        }

        generation.Tally.Cases++;
        return new(@case, story, people, lead, prescriber);
    }

    private Client[] Couple()
    {
        var first = NewClient(generation.Faker.Name.LastName());
        var sharesName = generation.Random.Bool(0.4f);
        return [first, NewClient(sharesName ? first.LastName : generation.Faker.Name.LastName())];
    }

    private Client NewClient(string lastName)
    {
        var first = generation.Faker.Name.FirstName();
        var number = ++clientNumber;
        var client = new Client
        {
            PracticeId = generation.PracticeId, FirstName = first, LastName = lastName,
            Email = $"{Letters(first)}.{Letters(lastName)}.{number.ToString(CultureInfo.InvariantCulture)}@{LargePracticeOptions.Slug}.tandem.test",
            Phone = generation.Faker.Phone.PhoneNumber("+1 ###-###-####"),
        };
        logins.Give(generation, client);
        generation.Db.Clients.Add(client);
        generation.Audit(AuditCode.Client_Created, generation.Staff.Admin.Id, client.Id, nameof(Client), client.Id);
        generation.Tally.Clients++;
        return client;
    }

    private static string Letters(string name)
    {
        var letters = new StringBuilder();
        foreach (var c in name.ToLowerInvariant().Where(char.IsAsciiLetterLower))
        {
            letters.Append(c);
        }

        return letters.ToString();
    }

    private static class Reasons
    {
        public static string Opened(CaseStage stage) => stage == CaseStage.Inquiry ? "Inquiry through the website" : "Free consultation booked";

        public static string For(CaseStage stage, CaseStory story) => stage switch
        {
            CaseStage.ConsultationHeld => "Consultation call held",
            CaseStage.Intake => "Proceed to intake: a good fit for KAP",
            CaseStage.MedicalReview => "Intake submitted and consent signed",
            CaseStage.Preparation => "Medically cleared",
            CaseStage.DosingSeries => $"Series planned: {story.DosesPerPerson} dosing sessions",
            CaseStage.Completed => "Last dosing session and its integration signed",
            CaseStage.FollowUp => "First follow-up scheduled",
            CaseStage.Closed when story.Reached(CaseStage.FollowUp) => "Follow-up finished; care complete",
            CaseStage.Closed when story.Reached(CaseStage.MedicalReview) => "Not medically cleared",
            CaseStage.Closed => "Not a fit for KAP at this time; referred on",
            CaseStage.Paused => "Paused at the client's request",
            CaseStage.Withdrawn => "Client withdrew from care",
            _ => "Moved",
        };
    }
}

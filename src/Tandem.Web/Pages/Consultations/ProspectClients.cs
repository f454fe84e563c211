using Microsoft.EntityFrameworkCore;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Core.Consultations;
using Tandem.Data;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Consultations;

/// <summary>
/// The prospect, and a partner for a couple, as clients of the practice. The emails were typed by an anonymous visitor
/// and may be anyone's, so an existing client is linked only once the clinician has confirmed it is the same person.
/// </summary>
public sealed class ProspectClients(TandemDbContext db, ClinicalAudit audit)
{
    /// <summary>An existing client whose email the visitor typed for <paramref name="TypedFor"/>.</summary>
    public sealed record ExistingClient(Guid ClientId, string Name, string Email, string TypedFor);

    private sealed record Person(string First, string Last, string Email, string? Phone);

    public async Task<List<ExistingClient>> ExistingAsync(Prospect prospect)
    {
        var people = People(prospect);
        var emails = people.Select(p => p.Email).ToList();
        var found = await db.Clients.AsNoTracking()
            .Where(c => c.PracticeId == prospect.PracticeId && emails.Contains(c.Email))
            .Select(c => new { c.Id, c.FirstName, c.LastName, c.Email })
            .ToListAsync();
        return [.. people.SelectMany(p => found.Where(c => c.Email == p.Email)
            .Select(c => new ExistingClient(c.Id, $"{c.FirstName} {c.LastName}", c.Email, $"{p.First} {p.Last}")))];
    }

    /// <param name="confirmed">Existing clients the clinician confirmed as these people; the caller has refused any other match.</param>
    public async Task<List<Client>> ClientsAsync(Prospect prospect, IReadOnlyList<ExistingClient> confirmed)
    {
        var clients = new List<Client>();
        foreach (var person in People(prospect))
        {
            if (confirmed.FirstOrDefault(e => e.Email == person.Email) is { } existing)
            {
                clients.Add(await db.Clients.FirstAsync(c => c.Id == existing.ClientId && c.PracticeId == prospect.PracticeId));
                continue;
            }

            var client = new Client { PracticeId = prospect.PracticeId, FirstName = person.First, LastName = person.Last, Email = person.Email, Phone = person.Phone };
            db.Clients.Add(client);
            await audit.SaveAndRecordAsync(AuditCode.Client_Created, nameof(Client), client.Id, client.Id);
            clients.Add(client);
        }

        return clients;
    }

    private static List<Person> People(Prospect prospect) => prospect.Kind == CaseKind.Couple
        ? [new(prospect.FirstName, prospect.LastName, prospect.Email, prospect.Phone), new(prospect.PartnerFirstName!, prospect.PartnerLastName!, prospect.PartnerEmail!, null)]
        : [new(prospect.FirstName, prospect.LastName, prospect.Email, prospect.Phone)];
}

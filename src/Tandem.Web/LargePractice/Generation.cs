using Bogus;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Integration;
using Tandem.Core.Intake;
using Tandem.Core.Practices;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Core;

namespace Tandem.Web.LargePractice;

/// <summary>
/// What every generated case shares: the practice, its staff and libraries, the practice's today, one random stream
/// (so one seed gives one practice), the rows waiting to be saved, and their audit entries.
/// </summary>
internal sealed class Generation(TandemDbContext db, AuditLog audit, Practice practice, int seed, DateTime now)
{
    public TandemDbContext Db => db;
    public Practice Practice => practice;
    public Guid PracticeId => practice.Id;
    public Faker Faker { get; } = new("en") { Random = new Randomizer(seed) };
    public Randomizer Random => Faker.Random;
    public DateTime Now => now;
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(practice.TimeZoneId);
    public DateOnly Today => now.DayIn(Zone);

    public required PracticeStaff Staff { get; init; }
    public required IReadOnlyList<HomePractice> Library { get; init; }
    public required IReadOnlyList<ContraindicationItem> Screen { get; init; }
    public required IReadOnlyDictionary<CaseKind, ConsentDocument> Consent { get; init; }
    public required IReadOnlyList<string> Rooms { get; init; }

    public Tally Tally { get; } = new();
    private readonly List<AuditEntry> entries = [];

    /// <summary>An instant on a clinic day, in the practice's time zone; never later than now.</summary>
    public DateTime At(DateOnly day, int hour, int minute = 0)
    {
        var at = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(hour, minute)), Zone);
        return at < now ? at : now.AddMinutes(-1);
    }

    public void Audit(AuditCode code, Guid? actor, Guid? client, string entityType, Guid entityId) =>
        entries.Add(new AuditEntry(code, practice.Id, actor, client, entityType, entityId.ToString()));

    /// <summary>
    /// Saves the rows added since the last save, with their audit entries, in one transaction, as the app saves a change
    /// and its entry together; the chain is extended through the app's own audit log.
    /// </summary>
    public async Task SaveAsync()
    {
        await using (var transaction = await db.Database.BeginTransactionAsync())
        {
            if (entries.Count > 0)
            {
                await audit.SaveWithAsync(entries);
            }
            else
            {
                await db.SaveChangesAsync();
            }

            await transaction.CommitAsync();
        }

        Tally.AuditEntries += entries.Count;
        entries.Clear();
        db.ChangeTracker.Clear();
    }
}

/// <summary>What the generator wrote that the tables alone do not say.</summary>
internal sealed class Tally
{
    public int Clients { get; set; }
    public int Cases { get; set; }
    public long ItemAnswers { get; set; }
    public long AuditEntries { get; set; }
}

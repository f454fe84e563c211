using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Dosing;
using Tandem.Core.Intake;
using Tandem.Core.Treatment;
using Tandem.Data;
using Tandem.Web.Infrastructure;
using Tandem.Web.Pages.Intake;
using Tandem.Web.Pages.Settings;
using Tandem.Core;

namespace Tandem.Web.Pages.Dosing;

/// <summary>
/// One person's part of the sheet: their order, record, overrides, and what the safety rules find in it now, by the
/// protocol version the record is judged by.
/// </summary>
public sealed record DosingPerson(
    Guid ClientId, string FirstName, DoseOrder? Order, DosingRecord Record, IReadOnlyList<SafetyOverride> Overrides, DosingContext Context,
    ProtocolInForce Protocol)
{
    public IReadOnlyList<SafetyFinding> BeforeDose => DosingChecks.BeforeDose(Record, Context, Protocol.Settings);

    public IReadOnlyList<SafetyFinding> BeforeDischarge => DosingChecks.BeforeDischarge(Record, Protocol.Settings);

    public IReadOnlyList<SafetyFinding> Unresolved =>
        DosingChecks.Unresolved(BeforeDose.Concat(BeforeDischarge), [.. Overrides.Select(o => o.Check)]);

    public SafetyOverride? OverrideOf(SafetyCheck check) => Overrides.FirstOrDefault(o => o.Check == check);
}

/// <summary>Everything the dosing page shows and checks for one dosing session of a series.</summary>
public sealed class DosingSheet
{
    public required SeriesSession Session { get; init; }
    public required string CaseName { get; init; }
    public required TimeZoneInfo Zone { get; init; }
    public required DosingSession Record { get; init; }
    public required bool Saved { get; init; }
    public required IReadOnlyList<DosingPerson> People { get; init; }
    public required IReadOnlyList<DosingAmendment> Amendments { get; init; }
    public required IReadOnlyDictionary<Guid, string> StaffNames { get; init; }
    public required DateOnly Today { get; init; }
    public required SheetStock Stock { get; init; }

    /// <summary>The protocol in force now: a record with no dose yet is checked against it, and takes its number when dosed.</summary>
    public required ProtocolInForce CurrentProtocol { get; init; }

    public bool IsAhead => RecordDay.IsAhead(Session.Date, Today);

    public DosingPerson? Person(Guid clientId) => People.FirstOrDefault(p => p.ClientId == clientId);

    /// <summary>The version of everything signing makes final, which the sign form posts back: nobody signs what they have not seen.</summary>
    public Guid Version => StaleEdits.VersionOf([
        Record, .. People.SelectMany(p => new Core.PracticeRecord?[] { p.Record, p.Order }.OfType<Core.PracticeRecord>()
            .Concat(p.Record.Vitals).Concat(p.Record.AdverseEvents).Concat(p.Overrides))]);

    /// <summary>A time of day on the session's date, in the practice's zone, as UTC.</summary>
    public DateTime OnSessionDay(TimeOnly time) => LocalTime.ToUtc(Session.Date, time, Zone);
}

/// <summary>Loads a <see cref="DosingSheet"/>; tracked only when the caller is going to change it.</summary>
public sealed class DosingSheets(TandemDbContext db, IntakeProgress progress, PracticeSettings settings, SheetStocks stocks, TimeProvider clock)
{
    public async Task<DosingSheet?> LoadAsync(Guid practiceId, Guid seriesSessionId, bool track)
    {
        var session = await db.SeriesSessions.AsNoTracking()
            .FirstOrDefaultAsync(s => s.Id == seriesSessionId && s.PracticeId == practiceId);
        if (session is null || !session.IsDosingKind())
        {
            return null;
        }

        var header = await db.Cases.AsNoTracking().Where(c => c.PracticeId == practiceId && c.Id == session.CaseId)
            .Select(c => new { c.Name, Zone = db.Practices.Where(p => p.Id == c.PracticeId).Select(p => p.TimeZoneId).First() })
            .FirstAsync();
        var participants = await db.CaseParticipants.AsNoTracking().Where(p => p.PracticeId == practiceId && p.CaseId == session.CaseId)
            .OrderBy(p => p.CreatedAt).ThenBy(p => p.ClientId)
            .Select(p => new { p.ClientId, p.Client!.FirstName })
            .ToListAsync();
        var dosed = participants.Where(p => session.Kind.Doses(session.PersonClientId, p.ClientId)).ToList();

        var sessions = track ? db.DosingSessions : db.DosingSessions.AsNoTracking();
        var record = await sessions
            .Include(d => d.Records).ThenInclude(r => r.Vitals)
            .Include(d => d.Records).ThenInclude(r => r.AdverseEvents)
            .AsSplitQuery()
            .FirstOrDefaultAsync(d => d.PracticeId == practiceId && d.SeriesSessionId == seriesSessionId);
        var saved = record is not null;
        record ??= new DosingSession { PracticeId = practiceId, SeriesSessionId = seriesSessionId, CaseId = session.CaseId, Eyeshades = session.Kind == SessionKind.IndividualJourney };
        foreach (var person in dosed.Where(p => record.Records.All(r => r.ClientId != p.ClientId)))
        {
            record.Records.Add(new DosingRecord { PracticeId = practiceId, DosingSessionId = record.Id, CaseId = session.CaseId, ClientId = person.ClientId });
        }

        var clientIds = dosed.Select(p => p.ClientId).ToList();
        var orders = await (track ? db.DoseOrders : db.DoseOrders.AsNoTracking()).Where(o => o.PracticeId == practiceId && o.SeriesSessionId == seriesSessionId).ToListAsync();
        var recordIds = record.Records.Select(r => r.Id).ToList();
        var overrides = await db.SafetyOverrides.AsNoTracking().Where(o => o.PracticeId == practiceId && recordIds.Contains(o.DosingRecordId)).OrderBy(o => o.At).ToListAsync();
        var amendments = await db.DosingAmendments.AsNoTracking().Where(a => a.PracticeId == practiceId && a.DosingSessionId == record.Id).OrderBy(a => a.AmendedAt).ToListAsync();
        var earlierDoses = await db.DosingRecords.AsNoTracking()
            .Where(r => r.PracticeId == practiceId && clientIds.Contains(r.ClientId) && r.DosingSessionId != record.Id && r.GivenAt != null)
            .Select(r => new { r.ClientId, GivenAt = r.GivenAt!.Value })
            .ToListAsync();
        var earlierUnsigned = await (
                from p in db.CaseParticipants
                where p.PracticeId == practiceId && clientIds.Contains(p.ClientId)
                from s in db.SeriesSessions
                where s.PracticeId == p.PracticeId && s.CaseId == p.CaseId && !s.Cancelled && s.Date < session.Date
                    && SessionKinds.Dosing.Contains(s.Kind)
                    && (s.PersonClientId == null || s.PersonClientId == p.ClientId)
                    && !db.DosingSessions.Any(d => d.PracticeId == s.PracticeId && d.SeriesSessionId == s.Id && d.SignedAt != null)
                select new { p.ClientId, s.Date })
            .AsNoTracking().ToListAsync();
        var readiness = (await progress.ReadinessAsync(practiceId, [session.CaseId])).GetValueOrDefault(session.CaseId) ?? [];
        var zone = TimeZoneInfo.FindSystemTimeZoneById(header.Zone);
        var today = clock.Today(zone);
        var (current, versions) = await settings.ProtocolVersionsAsync(practiceId, [.. record.Records.Where(r => r.ProtocolNumber is not null).Select(r => r.ProtocolNumber!.Value)]);

        var people = dosed.Select(p =>
        {
            var mine = record.Records.First(r => r.ClientId == p.ClientId);
            var order = orders.FirstOrDefault(o => o.ClientId == p.ClientId);
            var ready = readiness.FirstOrDefault(r => r.ClientId == p.ClientId);
            var lastDose = earlierDoses.Where(d => d.ClientId == p.ClientId)
                .Select(d => d.GivenAt.DayIn(zone))
                .Where(d => d < session.Date)
                .DefaultIfEmpty()
                .Max();
            var context = new DosingContext(
                session.Kind, session.Date, today, order?.Mg, lastDose == default ? null : lastDose,
                ready?.ValidClearanceUntil,
                ready?.SignedCurrentConsent ?? false,
                [.. earlierUnsigned.Where(e => e.ClientId == p.ClientId).Select(e => e.Date).Distinct()]);
            var protocol = versions.FirstOrDefault(v => v.Number == mine.ProtocolNumber) ?? current;
            return new DosingPerson(p.ClientId, p.FirstName, order, mine, [.. overrides.Where(o => o.DosingRecordId == mine.Id)], context, protocol);
        }).ToList();

        var staffIds = overrides.Select(o => o.PrescriberId).Concat(amendments.Select(a => a.AmendedById)).Concat(orders.Select(o => o.PrescriberId))
            .Append(record.SignedById ?? Guid.Empty).Distinct().ToList();
        var staff = await db.Users.AsNoTracking().Where(u => staffIds.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName }).ToListAsync();

        return new DosingSheet
        {
            Session = session, CaseName = header.Name, Zone = zone, Record = record, Saved = saved, People = people,
            Amendments = amendments, StaffNames = staff.ToDictionary(s => s.Id, s => s.DisplayName), Today = today, CurrentProtocol = current,
            Stock = await stocks.LoadAsync(practiceId, session, record.Records),
        };
    }
}

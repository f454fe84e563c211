using Microsoft.EntityFrameworkCore;
using Tandem.Core.Corrections;
using Tandem.Data;

namespace Tandem.Web.Pages.Portal.Corrections;

/// <summary>Requests for corrections as the client, the case team and the record export all read them.</summary>
public sealed class CorrectionLog(TandemDbContext db)
{
    public sealed record Item(
        Guid Id, Guid ClientId, string ClientName, DateTime RequestedAt, string What, string Why, CorrectionState State, DateTime? DecidedAt, string? DecidedBy,
        string? Reason, string? Amendment, string? Disagreement, DateTime? DisagreedAt, Guid Version)
    {
        public bool MayDisagree => State == CorrectionState.Declined && Disagreement is null;
    }

    public Task<List<Item>> OfClientAsync(Guid practiceId, Guid clientId) =>
        ReadAsync(db.CorrectionRequests.Where(c => c.PracticeId == practiceId && c.ClientId == clientId));

    public Task<List<Item>> InCaseAsync(Guid practiceId, Guid caseId) =>
        ReadAsync(db.CorrectionRequests.Where(c => c.PracticeId == practiceId && c.CaseId == caseId));

    public static string Outcome(CorrectionState state) => state switch
    {
        CorrectionState.Accepted => "Accepted: your record is amended",
        CorrectionState.Declined => "Declined",
        _ => "Waiting for your care team",
    };

    private Task<List<Item>> ReadAsync(IQueryable<CorrectionRequest> rows) =>
        rows.AsNoTracking()
            .OrderBy(c => c.RequestedAt)
            .Select(c => new Item(
                c.Id, c.ClientId, db.Clients.Where(x => x.PracticeId == c.PracticeId && x.Id == c.ClientId).Select(x => x.FirstName + " " + x.LastName).First(), c.RequestedAt, c.What, c.Why,
                c.State, c.DecidedAt, db.Users.Where(u => u.Id == c.DecidedById).Select(u => u.DisplayName).FirstOrDefault(),
                c.Reason, c.Amendment, c.Disagreement, c.DisagreedAt, c.Version))
            .ToListAsync();
}

using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Consultations;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Consultations;

public sealed record BookedCall(Visitor Visitor, string Link, ConsultationBooking Booking)
{
    public string OutcomeUrl => $"/Consultations/{Booking.Id}/Outcome";
}

/// <summary>Calls booked through the public page, for tests of what the clinician does after them.</summary>
public static class BookedCalls
{
    /// <param name="change">Changes the visitor's form before it is posted, e.g. to type a known email for the partner.</param>
    public static async Task<BookedCall> BookedCoupleAsync(this TandemApp app, Action<Dictionary<string, string>>? change = null)
    {
        var visitor = new Visitor(app);
        var fields = visitor.Couple(await visitor.OpenSlotAsync(fromTheEnd: 4));
        change?.Invoke(fields);
        var link = Visitor.ManageLink(await visitor.BookAsync(fields));
        var booking = await app.InDatabaseAsync(db => db.ConsultationBookings.AsNoTracking().SingleAsync(b => b.Prospect!.Email == visitor.Email));
        return new(visitor, link, booking);
    }

    public static async Task<PageSession> LeadOfAsync(this TandemApp app, ConsultationBooking booking) =>
        await app.As(await app.InDatabaseAsync(db => db.Users.Where(u => u.Id == booking.ClinicianId).Select(u => u.Email!).SingleAsync()));

    public static Task<CaseStage> StageAsync(this TandemApp app, Guid caseId) =>
        app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Stage).SingleAsync());

    public static Task<List<string>> StageReasonsAsync(this TandemApp app, Guid caseId) =>
        app.InDatabaseAsync(db => db.CaseStageChanges.Where(h => h.CaseId == caseId).Select(h => h.Reason).ToListAsync());
}

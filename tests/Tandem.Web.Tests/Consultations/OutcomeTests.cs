using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Consultations;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Consultations;

public abstract class OutcomeTests(TandemApp app)
{
    [Fact]
    public async Task Proceed_turns_a_couple_into_two_clients_each_invited_to_their_own_portal()
    {
        var (visitor, booking) = await BookedCoupleAsync();
        var lead = await LeadAsync(booking);

        var response = await lead.SubmitAsync($"/Consultations/{booking.Id}/Outcome", "form.narrow", new() { ["Input.Outcome"] = "Proceed" });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());

        var @case = await app.InDatabaseAsync(db => db.Cases.Include(c => c.Participants).ThenInclude(p => p.Client).SingleAsync(c => c.Id == booking.CaseId));
        Assert.Equal(CaseStage.Intake, @case.Stage);
        Assert.Equal(new[] { visitor.Email, "partner-" + visitor.Email }.Order(), @case.Participants.Select(p => p.Client!.Email).Order());

        foreach (var email in new[] { visitor.Email, "partner-" + visitor.Email })
        {
            var invitation = app.To(email).Single(m => m.Subject!.StartsWith("Your private portal", StringComparison.Ordinal));
            var link = new Uri(invitation.TextBody!.Split('\n').Select(l => l.Trim()).Single(l => l.Contains("/Account/Invitation/", StringComparison.Ordinal))).PathAndQuery;
            var page = await app.NewSession().GetAsync(link);
            Assert.Contains("Choose a password", page.Text, StringComparison.Ordinal);
            Assert.Contains(email, page.Text, StringComparison.Ordinal);
        }

        var outcome = await app.InDatabaseAsync(db => db.ConsultationBookings.Where(b => b.Id == booking.Id).Select(b => b.Outcome).SingleAsync());
        Assert.Equal(ConsultationOutcome.Proceed, outcome);
    }

    [Fact]
    public async Task Not_a_fit_needs_a_reason_and_then_closes_the_case_with_it()
    {
        var (_, booking) = await BookedCoupleAsync();
        var lead = await LeadAsync(booking);
        var url = $"/Consultations/{booking.Id}/Outcome";

        var missing = await lead.SubmitAsync(url, "form.narrow", new() { ["Input.Outcome"] = "NotAFit" });
        Assert.Contains("Say why it is not a fit now", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CaseStage.ConsultationBooked, await StageAsync(booking.CaseId));

        await lead.SubmitAsync(url, "form.narrow", new() { ["Input.Outcome"] = "NotAFit", ["Input.Note"] = "Active psychosis history; referred to Dr. Lee" });
        Assert.Equal(CaseStage.Closed, await StageAsync(booking.CaseId));
        var reasons = await app.InDatabaseAsync(db => db.CaseStageChanges.Where(h => h.CaseId == booking.CaseId).Select(h => h.Reason).ToListAsync());
        Assert.Contains("Not a fit now: Active psychosis history; referred to Dr. Lee", reasons);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.CaseParticipants.CountAsync(p => p.CaseId == booking.CaseId)));
    }

    [Fact]
    public async Task Only_the_case_team_records_an_outcome()
    {
        var (_, booking) = await BookedCoupleAsync();
        var url = $"/Consultations/{booking.Id}/Outcome";
        var lead = await LeadAsync(booking);
        var leadPage = await lead.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, leadPage.Status);
        Assert.Contains("feeling unseen", leadPage.Text, StringComparison.Ordinal);

        var leadEmail = await app.InDatabaseAsync(db => db.Users.Where(u => u.Id == booking.ClinicianId).Select(u => u.Email!).SingleAsync());
        var otherKey = leadEmail == app.Demo.Emails["sam"] ? "maya" : "sam";
        foreach (var outsider in new[] { app.Demo.Emails[otherKey], app.Other.Emails["sam"], app.Demo.Emails["admin"], app.Demo.Emails["jordan"] })
        {
            var page = await (await app.As(outsider)).GetAsync(url);
            Assert.Equal(HttpStatusCode.NotFound, page.Status);
            Assert.DoesNotContain("feeling unseen", page.Text, StringComparison.Ordinal);
        }
    }

    private async Task<(Visitor Visitor, ConsultationBooking Booking)> BookedCoupleAsync()
    {
        var visitor = new Visitor(app);
        Visitor.ManageLink(await visitor.BookAsync(visitor.Couple(await visitor.OpenSlotAsync(fromTheEnd: 4))));
        var booking = await app.InDatabaseAsync(db => db.ConsultationBookings.AsNoTracking().SingleAsync(b => b.Prospect!.Email == visitor.Email));
        return (visitor, booking);
    }

    private async Task<PageSession> LeadAsync(ConsultationBooking booking) =>
        await app.As(await app.InDatabaseAsync(db => db.Users.Where(u => u.Id == booking.ClinicianId).Select(u => u.Email!).SingleAsync()));

    private Task<CaseStage> StageAsync(Guid caseId) =>
        app.InDatabaseAsync(db => db.Cases.Where(c => c.Id == caseId).Select(c => c.Stage).SingleAsync());
}

[Collection(SqliteApp.Collection)]
public sealed class OutcomeTests_Sqlite(SqliteApp app) : OutcomeTests(app);

[Collection(PostgresApp.Collection)]
public sealed class OutcomeTests_Postgres(PostgresApp app) : OutcomeTests(app);

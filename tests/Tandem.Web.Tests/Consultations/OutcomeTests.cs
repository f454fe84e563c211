using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Consultations;
using Tandem.Core.Scheduling;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Consultations;

public abstract class OutcomeTests(TandemApp app)
{
    [Fact]
    public async Task Proceed_turns_a_couple_into_two_clients_each_invited_to_their_own_portal()
    {
        var (visitor, _, booking) = await app.BookedCoupleAsync();
        var lead = await app.LeadOfAsync(booking);

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
    public async Task Not_a_fit_needs_a_reason_and_a_referral_note_then_closes_the_case_with_the_reason()
    {
        var call = await app.BookedCoupleAsync();
        var lead = await app.LeadOfAsync(call.Booking);

        var missing = await (await lead.SubmitAsync(call.OutcomeUrl, "form.narrow", new() { ["Input.Outcome"] = "NotAFit" })).Content.ReadAsStringAsync();
        Assert.Contains("Say why it is not a fit now.", missing, StringComparison.Ordinal);
        Assert.Contains("Write the referral note", missing, StringComparison.Ordinal);
        var noReferral = await lead.SubmitAsync(call.OutcomeUrl, "form.narrow", new() { ["Input.Outcome"] = "NotAFit", ["Input.Reason"] = "Active psychosis history" });
        Assert.Contains("Write the referral note", await noReferral.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(CaseStage.ConsultationBooked, await app.StageAsync(call.Booking.CaseId));
        Assert.Null(await OutcomeAsync(call.Booking.Id));

        var recorded = await lead.SubmitAsync(call.OutcomeUrl, "form.narrow", new()
        {
            ["Input.Outcome"] = "NotAFit", ["Input.Reason"] = "Active psychosis history", ["Input.ReferralNote"] = "Referred to Dr. Lee, Eastside Psychiatry",
        });
        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        Assert.Equal(CaseStage.Closed, await app.StageAsync(call.Booking.CaseId));
        var reasons = await app.StageReasonsAsync(call.Booking.CaseId);
        Assert.Contains("Not a fit now: Active psychosis history", reasons);
        Assert.DoesNotContain(reasons, r => r.Contains("Dr. Lee", StringComparison.Ordinal));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.CaseParticipants.CountAsync(p => p.CaseId == call.Booking.CaseId)));

        var casePage = await lead.GetAsync($"/Cases/{call.Booking.CaseId}");
        Assert.Equal("Referral note: Referred to Dr. Lee, Eastside Psychiatry", casePage.Document.QuerySelector("#referral-note")!.TextContent);
        Assert.Equal("Reason: Active psychosis history", casePage.Document.QuerySelector("#outcome-note")!.TextContent);
    }

    [Fact]
    public async Task A_referral_note_with_another_outcome_is_refused()
    {
        var call = await app.BookedCoupleAsync();
        var lead = await app.LeadOfAsync(call.Booking);

        var response = await lead.SubmitAsync(call.OutcomeUrl, "form.narrow", new() { ["Input.Outcome"] = "NoShow", ["Input.ReferralNote"] = "Dr. Lee" });

        Assert.Contains("A referral note goes with &quot;not a fit now&quot; only", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(await OutcomeAsync(call.Booking.Id));
    }

    [Fact]
    public async Task A_no_show_closes_the_case_with_that_reason_and_the_call_keeps_its_time()
    {
        var call = await app.BookedCoupleAsync();
        var lead = await app.LeadOfAsync(call.Booking);

        var response = await lead.SubmitAsync(call.OutcomeUrl, "form.narrow", new() { ["Input.Outcome"] = "NoShow" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CaseStage.Closed, await app.StageAsync(call.Booking.CaseId));
        Assert.Contains("No-show", await app.StageReasonsAsync(call.Booking.CaseId));
        var after = await app.InDatabaseAsync(db => db.ConsultationBookings.Include(b => b.Blocks).AsNoTracking().SingleAsync(b => b.Id == call.Booking.Id));
        Assert.Equal(ConsultationOutcome.NoShow, after.Outcome);
        Assert.NotNull(after.OutcomeAt);
        Assert.Null(after.CancelledAt);
        Assert.Equal(ReservedBlock.Covering(after.StartsAt, after.EndsAt).Count(), after.Blocks.Count);
        Assert.Equal(0, await app.InDatabaseAsync(db => db.CaseParticipants.CountAsync(p => p.CaseId == call.Booking.CaseId)));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Clients.CountAsync(c => c.Email == call.Visitor.Email)));

        // The clinician kept the time for them: it is not offered again, and the visitor can no longer move or cancel it.
        var key = ConsultationSlotKey(call.Booking);
        Assert.DoesNotContain(key, (await call.Visitor.Session.GetAsync(call.Visitor.BookUrl)).Html, StringComparison.Ordinal);
        var manage = await call.Visitor.Session.GetAsync(call.Link);
        Assert.Contains("Booked:", manage.Text, StringComparison.Ordinal);
        Assert.Null(manage.Document.QuerySelector("form[action*=Cancel]"));
        Assert.Equal(HttpStatusCode.NotFound, (await call.Visitor.Session.GetAsync(call.Link.Split('?')[0] + "/move")).Status);
    }

    [Fact]
    public async Task Only_the_case_team_records_an_outcome()
    {
        var (_, _, booking) = await app.BookedCoupleAsync();
        var url = $"/Consultations/{booking.Id}/Outcome";
        var lead = await app.LeadOfAsync(booking);
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

    private static string ConsultationSlotKey(ConsultationBooking booking) =>
        new ConsultationSlot(booking.ClinicianId, booking.StartsAt, booking.EndsAt).Key;

    private Task<ConsultationOutcome?> OutcomeAsync(Guid bookingId) =>
        app.InDatabaseAsync(db => db.ConsultationBookings.Where(b => b.Id == bookingId).Select(b => b.Outcome).SingleAsync());
}

[Collection(SqliteApp.Collection)]
public sealed class OutcomeTests_Sqlite(SqliteApp app) : OutcomeTests(app);

[Collection(PostgresApp.Collection)]
public sealed class OutcomeTests_Postgres(PostgresApp app) : OutcomeTests(app);

using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Consultations;

/// <summary>
/// A visitor can type anyone's email, including an existing client's, for their "partner". Proceeding must not quietly
/// put that client into a stranger's couple case: the clinician is told, by name, and links them only on purpose.
/// </summary>
public abstract class ExistingClientOutcomeTests(TandemApp app)
{
    [Fact]
    public async Task Proceeding_without_confirming_the_existing_client_is_refused_and_writes_nothing()
    {
        var (existing, call) = await PartnerTypedAsAnExistingClientAsync();
        var lead = await app.LeadOfAsync(call.Booking);

        var outcomePage = await lead.GetAsync(call.OutcomeUrl);
        var warning = outcomePage.Document.QuerySelector("#existing-clients")!.TextContent;
        Assert.Contains($"The email typed for Kai Hale, {existing.Email}, is that of {existing.FullName}, already a client of the practice.", warning, StringComparison.Ordinal);

        var stagesBefore = await app.StageReasonsAsync(call.Booking.CaseId);
        var mailsBefore = app.To(existing.Email).Count;
        var response = await lead.SubmitAsync(call.OutcomeUrl, "form.narrow", new() { ["Input.Outcome"] = "Proceed" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains($"{existing.Email} is the email of {existing.FullName}, already a client of the practice. Tick the box", page, StringComparison.Ordinal);
        Assert.Equal(CaseStage.ConsultationBooked, await app.StageAsync(call.Booking.CaseId));
        Assert.Equal(stagesBefore, await app.StageReasonsAsync(call.Booking.CaseId));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.CaseParticipants.CountAsync(p => p.CaseId == call.Booking.CaseId)));
        Assert.Equal(0, await app.InDatabaseAsync(db => db.Clients.CountAsync(c => c.Email == call.Visitor.Email)));
        Assert.Null(await app.InDatabaseAsync(db => db.ConsultationBookings.Where(b => b.Id == call.Booking.Id).Select(b => b.Outcome).SingleAsync()));
        Assert.Equal(mailsBefore, app.To(existing.Email).Count);
    }

    [Fact]
    public async Task Proceeding_with_the_existing_client_confirmed_links_that_client_to_the_case()
    {
        var (existing, call) = await PartnerTypedAsAnExistingClientAsync();
        var lead = await app.LeadOfAsync(call.Booking);

        var response = await lead.SubmitAsync(call.OutcomeUrl, "form.narrow", new()
        {
            ["Input.Outcome"] = "Proceed", ["Input.LinkClientIds"] = existing.Id.ToString(),
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(CaseStage.Intake, await app.StageAsync(call.Booking.CaseId));
        var participants = await app.InDatabaseAsync(db => db.CaseParticipants.Where(p => p.CaseId == call.Booking.CaseId).Select(p => p.Client!.Email).ToListAsync());
        Assert.Equal(new[] { call.Visitor.Email, existing.Email }.Order(), participants.Order());
        Assert.Contains(existing.Id, await app.InDatabaseAsync(db => db.CaseParticipants.Where(p => p.CaseId == call.Booking.CaseId).Select(p => p.ClientId).ToListAsync()));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.Clients.CountAsync(c => c.Email == existing.Email)));
    }

    private async Task<(TestClient Existing, BookedCall Call)> PartnerTypedAsAnExistingClientAsync()
    {
        var (_, clientId) = await app.IndividualCaseAsync(app.Demo, CaseStage.Intake, "maya");
        var existing = await app.InDatabaseAsync(db => db.Clients.Where(c => c.Id == clientId)
            .Select(c => new TestClient(c.Id, c.Email, c.FirstName + " " + c.LastName)).SingleAsync());
        var call = await app.BookedCoupleAsync(fields => fields["Input.PartnerEmail"] = existing.Email);
        return (existing, call);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class ExistingClientOutcomeTests_Sqlite(SqliteApp app) : ExistingClientOutcomeTests(app);

[Collection(PostgresApp.Collection)]
public sealed class ExistingClientOutcomeTests_Postgres(PostgresApp app) : ExistingClientOutcomeTests(app);

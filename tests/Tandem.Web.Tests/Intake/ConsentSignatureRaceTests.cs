using System.Net;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Core.Intake;
using Tandem.Data;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Intake;

/// <summary>A double-clicked signature is kept once, and the database itself holds one signature per client and version.</summary>
public abstract class ConsentSignatureRaceTests(TandemApp app)
{
    [Fact]
    public async Task Signing_several_times_at_once_keeps_one_signature_and_lands_on_the_signed_page()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam");
        var ari = await app.SignInAsync(a.Email);
        var url = $"/Portal/Consent/{caseId}";
        List<KeyValuePair<string, string>> fields = [new("__RequestVerificationToken", await ari.TokenAsync(url)), new("Agree", "true"), new("TypedName", a.FullName)];

        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => ari.PostAsync(url, fields)));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Equal(1, await app.InDatabaseAsync(db => db.ConsentSignatures.CountAsync(s => s.ClientId == a.Id)));
        Assert.Contains("You signed version", (await ari.GetAsync(url)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_database_refuses_a_second_signature_of_the_same_version()
    {
        var (caseId, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Intake, "sam");
        var error = await Assert.ThrowsAsync<DbUpdateException>(() => app.InDatabaseAsync(async db =>
        {
            var consent = await db.ConsentDocuments.Where(d => d.PracticeId == app.Demo.PracticeId && d.Kind == CaseKind.Couple).OrderByDescending(d => d.Number).FirstAsync();
            for (var i = 0; i < 2; i++)
            {
                db.ConsentSignatures.Add(new ConsentSignature
                {
                    PracticeId = app.Demo.PracticeId, ClientId = a.Id, CaseId = caseId, ConsentDocumentId = consent.Id, Kind = CaseKind.Couple,
                    DocumentNumber = consent.Number, TypedName = a.FullName, SignedAt = DateTime.UtcNow,
                });
            }

            return await db.SaveChangesAsync();
        }));

        Assert.True(error.IsUniqueViolation(), error.InnerException?.Message);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class ConsentSignatureRaceTests_Sqlite(SqliteApp app) : ConsentSignatureRaceTests(app);

[Collection(PostgresApp.Collection)]
public sealed class ConsentSignatureRaceTests_Postgres(PostgresApp app) : ConsentSignatureRaceTests(app);

using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Cases;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Security;

/// <summary>Text that is not valid UTF-8 is refused whole, never stored with replacement characters in it.</summary>
public abstract class FormEncodingTests(TandemApp app)
{
    [Theory]
    [InlineData("%C3%28", false)] // the first byte of a two-byte letter, then "("
    [InlineData("%ED%A0%80", false)] // half of a UTF-16 surrogate pair, which UTF-8 may not carry
    [InlineData("%FF", true)] // the byte 0xFF sent as it is, not percent-encoded
    public async Task A_case_note_that_is_not_utf8_is_refused_and_nothing_is_stored(string badBytes, bool sentRaw)
    {
        var (caseId, _) = await app.IndividualCaseAsync(app.Demo, CaseStage.Preparation, "sam");
        var sam = await app.As(app.Demo.Emails["sam"]);
        var url = $"/Cases/{caseId}";
        var page = await sam.GetAsync(url);
        var before = await DatabaseSnapshot.TakeAsync(app);

        var refused = await PostUrlEncodedAsync(sam, page, url, "form[action*=Note]", "Note.Text", "Calmer%20after" + badBytes + "%20the%20call", sentRaw);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("That form could not be sent", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(app));
        var saved = await PostUrlEncodedAsync(sam, page, url, "form[action*=Note]", "Note.Text", "Calmer%20after%20the%20caf%C3%A9%20call", sentRaw);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Calmer after the café call", await app.InDatabaseAsync(db => db.CaseNotes.Where(n => n.CaseId == caseId).Select(n => n.Text).SingleAsync()));
    }

    [Fact]
    public async Task A_long_form_is_checked_to_its_last_byte_and_accented_text_anywhere_in_it_is_kept()
    {
        var (caseId, _) = await app.IndividualCaseAsync(app.Demo, CaseStage.Preparation, "sam");
        var sam = await app.As(app.Demo.Emails["sam"]);
        var url = $"/Cases/{caseId}";
        var page = await sam.GetAsync(url);
        var accents = string.Concat(Enumerable.Repeat("%C3%A9", 3_900));

        var cutShort = await PostUrlEncodedAsync(sam, page, url, "form[action*=Note]", "Note.Text", accents + "%E2%80", sentRaw: false);
        Assert.Equal(HttpStatusCode.BadRequest, cutShort.StatusCode);
        var saved = await PostUrlEncodedAsync(sam, page, url, "form[action*=Note]", "Note.Text", accents + "%E2%80%94", sentRaw: false);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var kept = await app.InDatabaseAsync(db => db.CaseNotes.Where(n => n.CaseId == caseId).Select(n => n.Text).SingleAsync());
        Assert.Equal(new string('é', 3_900) + "—", kept);
    }

    [Fact]
    public async Task A_journal_entry_sent_as_multipart_that_is_not_utf8_is_refused_and_nothing_is_stored()
    {
        var (_, a, _) = await app.CoupleWithLoginsAsync(app.Demo, CaseStage.Preparation, "sam");
        var ari = await app.SignInAsync(a.Email);
        var page = await ari.GetAsync("/Portal/Journal");
        var before = await DatabaseSnapshot.TakeAsync(app);

        var refused = await PostMultipartAsync(ari, page, [.. "Slept badly "u8, 0xC3, 0x28, .. " then rested"u8]);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal(before, await DatabaseSnapshot.TakeAsync(app));
        var saved = await PostMultipartAsync(ari, page, "Slept badly, then rested in the café"u8.ToArray());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.True(await app.InDatabaseAsync(db => db.JournalEntries.AnyAsync(j => j.AuthorClientId == a.Id)));
    }

    /// <summary>Posts the form with <paramref name="field"/> set to <paramref name="encoded"/> exactly as given (already percent-encoded).</summary>
    private static async Task<HttpResponseMessage> PostUrlEncodedAsync(
        PageSession session, PageSession.Page page, string url, string formSelector, string field, string encoded, bool sentRaw)
    {
        var (target, fields) = PageSession.Fill(page, url, formSelector, new() { [field] = "" });
        var body = new List<byte>();
        foreach (var (name, value) in fields)
        {
            body.AddRange(Encoding.ASCII.GetBytes((body.Count == 0 ? "" : "&") + Uri.EscapeDataString(name) + "="));
            body.AddRange(name == field ? Bytes(encoded, sentRaw) : Encoding.ASCII.GetBytes(Uri.EscapeDataString(value)));
        }

        using var content = new ByteArrayContent([.. body]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/x-www-form-urlencoded");
        return await session.Http.PostAsync(target, content);
    }

    /// <summary>The percent-encoded text as sent, or with each %XX turned into its raw byte.</summary>
    private static byte[] Bytes(string encoded, bool raw) =>
        raw ? System.Web.HttpUtility.UrlDecodeToBytes(Encoding.ASCII.GetBytes(encoded)) : Encoding.ASCII.GetBytes(encoded);

    private static async Task<HttpResponseMessage> PostMultipartAsync(PageSession session, PageSession.Page page, byte[] entry)
    {
        var (target, fields) = PageSession.Fill(page, "/Portal/Journal", "#new-entry", new() { ["Input.Visibility"] = "OnlyMe", ["Input.Body"] = "" });
        using var content = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            content.Add(new ByteArrayContent(name == "Input.Body" ? entry : Encoding.UTF8.GetBytes(value)), name);
        }

        return await session.Http.PostAsync(target, content);
    }
}

[Collection(SqliteApp.Collection)]
public sealed class FormEncodingTests_Sqlite(SqliteApp app) : FormEncodingTests(app);

[Collection(PostgresApp.Collection)]
public sealed class FormEncodingTests_Postgres(PostgresApp app) : FormEncodingTests(app);

using System.Net;
using System.Text.Json;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;
using Tandem.Web.Tests.Infrastructure;
using UglyToad.PdfPig;
using Task = System.Threading.Tasks.Task;

namespace Tandem.Web.Tests.Records;

/// <summary>"Download my record" as the client does it: prepare, wait for the links, fetch the PDF's text and the FHIR Bundle.</summary>
internal static class RecordDownload
{
    public static readonly JsonSerializerOptions Fhir = new JsonSerializerOptions().ForFhir();

    /// <param name="url">The client's own record page, or the case team's page for one participant.</param>
    public static async Task<List<string>> PrepareAsync(PageSession session, string url = "/Portal/Record", Dictionary<string, string>? fields = null)
    {
        var posted = await session.SubmitAsync(url, "form#prepare", fields ?? []);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        for (var i = 0; i < 100; i++)
        {
            var page = await session.GetAsync(url);
            var links = page.Document.QuerySelectorAll("a[data-download]").Select(l => l.GetAttribute("href")!).ToList();
            if (links.Count > 0)
            {
                return links;
            }

            Assert.Contains("being prepared", page.Text, StringComparison.Ordinal);
            Assert.NotNull(page.Document.QuerySelector("meta[http-equiv='refresh']"));
            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The record was not ready in 20 seconds.");
    }

    public static async Task<(string PdfText, string Json, string FhirText)> ExportAsync(PageSession session, string url = "/Portal/Record", Dictionary<string, string>? fields = null)
    {
        var links = await PrepareAsync(session, url, fields);
        var pdf = await session.Http.GetAsync(links.Single(l => l.Contains("handler=Pdf", StringComparison.Ordinal)));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync());
        var text = string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
        var json = await session.Http.GetStringAsync(links.Single(l => l.Contains("handler=Fhir", StringComparison.Ordinal)));
        var attached = JsonSerializer.Deserialize<Bundle>(json, Fhir)!.Entry.Select(e => e.Resource).OfType<DocumentReference>()
            .SelectMany(d => d.Content).Select(c => System.Text.Encoding.UTF8.GetString(c.Attachment.Data!));
        return (text, json, json + "\n" + string.Join("\n", attached));
    }
}

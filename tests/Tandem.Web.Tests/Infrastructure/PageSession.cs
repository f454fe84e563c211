using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>One person's browser, without JavaScript: real pages, real forms, antiforgery tokens included.</summary>
public sealed class PageSession(HttpClient http)
{
    private static readonly HtmlParser Parser = new();

    public HttpClient Http => http;

    public async Task<Page> GetAsync(string url)
    {
        var response = await http.GetAsync(url);
        return new Page(response.StatusCode, response.Headers.Location?.OriginalString, await response.Content.ReadAsStringAsync(), response);
    }

    /// <summary>Loads the page, fills the form's fields (keeping hidden ones such as the antiforgery token) and posts it.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, string formSelector, Dictionary<string, string> values)
    {
        var page = await GetAsync(url);
        if (page.Status != HttpStatusCode.OK)
        {
            throw new InvalidOperationException($"GET {url} answered {(int)page.Status}.");
        }

        return await SubmitAsync(page, url, formSelector, values);
    }

    /// <param name="button">The query of the submit button pressed, when a form has several (e.g. "handler=Submit").</param>
    public async Task<HttpResponseMessage> SubmitAsync(Page page, string url, string formSelector, Dictionary<string, string> values, string? button = null)
    {
        var (target, fields) = Fill(page, url, formSelector, values, button);
        return await PostAsync(target, fields);
    }

    /// <summary>Where the form posts and what a browser would send: its fields (hidden ones included), then <paramref name="values"/>.</summary>
    public static (string Target, List<KeyValuePair<string, string>> Fields) Fill(
        Page page, string url, string formSelector, Dictionary<string, string> values, string? button = null)
    {
        var form = page.Document.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || values.ContainsKey(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement input when input.Type is "radio" or "checkbox":
                    if (input.IsChecked)
                    {
                        fields.Add(new(name, input.Value));
                    }

                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
            }
        }

        fields.AddRange(values);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? url : action;
        return (button is null ? target : $"{target.Split('?')[0]}?{button}", fields);
    }

    /// <summary>The antiforgery token of the page at <paramref name="url"/>, for posts no form on the viewer's page offers.</summary>
    public async Task<string> TokenAsync(string url) =>
        (await GetAsync(url)).Document.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    public async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields)
    {
        using var content = new FormUrlEncodedContent(fields);
        return await http.PostAsync(url, content);
    }

    public sealed class Page(HttpStatusCode status, string? location, string html, HttpResponseMessage response)
    {
        private IHtmlDocument? document;

        public HttpStatusCode Status { get; } = status;
        public string? Location { get; } = location;
        public string Html { get; } = html;
        public HttpResponseMessage Response { get; } = response;
        public IHtmlDocument Document => document ??= Parser.ParseDocument(Html);
        public string Text => Document.Body?.TextContent ?? "";
    }
}

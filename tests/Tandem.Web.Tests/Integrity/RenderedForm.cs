using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Integrity;

/// <summary>
/// One way to send a POST form of a page as a browser would with nothing changed: its fields as rendered (hidden ones,
/// the selected option of each select, checked boxes) and the one submit button pressed, with that button's own
/// formaction, name and value. A form with two buttons is two of these.
/// </summary>
public sealed record RenderedForm(string Page, string Target, string? Button, IReadOnlyList<KeyValuePair<string, string>> Fields)
{
    /// <summary>What a filled-in text field says in <see cref="FilledIn"/>.</summary>
    private const string Filler = "Written by the every-form test";

    /// <summary>
    /// The same form as someone would send it who wrote a few words in each empty text box and took the first choice of
    /// each unanswered radio group; null when there is nothing empty to fill in.
    /// </summary>
    public RenderedForm? FilledIn { get; private init; }

    /// <summary>
    /// The same form as someone would send it who changed what it showed: a few words added to each text box, the next
    /// choice of each select and radio group (the second of one left unanswered). An edit form shown filled in with the
    /// record as it is writes nothing when posted unchanged, so only this one shows whether it edits. Null when there is
    /// nothing to change.
    /// </summary>
    public RenderedForm? Changed { get; private init; }

    /// <summary>Which of the page's forms with this target and button it is (0 for the first), to find it again on the page reloaded.</summary>
    public int Nth { get; private init; }

    /// <summary>
    /// The convention for the version a form carries: a field whose name, after its last dot, ends in "Version" or
    /// "Versions" (e.g. <c>Input.Version</c>, <c>version</c>, <c>CheckIn.SeenVersions</c>), holding what the page showed.
    /// </summary>
    public bool CarriesVersion => Fields.Select(f => f.Key.Split('.')[^1]).Any(name =>
        name.EndsWith("Version", StringComparison.OrdinalIgnoreCase) || name.EndsWith("Versions", StringComparison.OrdinalIgnoreCase));

    /// <summary>Names the form in a failure message: where it posts, the button pressed, the page it was on.</summary>
    public override string ToString() => $"{Target}{(Button is null ? "" : $" [{Button}]")} on {Page}";

    public Task<HttpResponseMessage> PostAsync(PageSession session) => session.PostAsync(Target, Fields);

    public static IReadOnlyList<RenderedForm> All(PageSession.Page page, string url) =>
        [.. page.Document.QuerySelectorAll("form").OfType<IHtmlFormElement>()
            .Where(f => string.Equals(f.GetAttribute("method"), "post", StringComparison.OrdinalIgnoreCase))
            .SelectMany(f => Of(f, url))
            .GroupBy(f => (f.Target, f.Button))
            .SelectMany(same => same.Select((f, i) => f with
            {
                Nth = i, FilledIn = f.FilledIn is null ? null : f.FilledIn with { Nth = i }, Changed = f.Changed is null ? null : f.Changed with { Nth = i },
            }))];

    /// <summary>The same form on the page as it is now, if the page still offers it.</summary>
    public async Task<RenderedForm?> ReloadAsync(PageSession session) =>
        All(await session.GetAsync(Page), Page).FirstOrDefault(f => f.Target == Target && f.Button == Button && f.Nth == Nth);

    private static IEnumerable<RenderedForm> Of(IHtmlFormElement form, string url)
    {
        var (fields, filled, changed) = (FieldsOf(form, Posted.AsShown), FieldsOf(form, Posted.FilledIn), FieldsOf(form, Posted.Changed));
        var action = form.GetAttribute("action") is { Length: > 0 } a ? a : url;
        var buttons = form.Elements.Where(IsSubmit).ToList();
        if (buttons.Count == 0)
        {
            yield return Pressed(url, action, null, fields, filled, changed);
        }

        foreach (var button in buttons)
        {
            var name = button.GetAttribute("name");
            List<KeyValuePair<string, string>> pressed = string.IsNullOrEmpty(name) ? [] : [new(name, button.GetAttribute("value") ?? "")];
            var label = button.TextContent.Trim() is { Length: > 0 } text ? text : button.GetAttribute("value");
            var target = button.GetAttribute("formaction") is { Length: > 0 } own ? own : action;
            yield return Pressed(url, target, label, [.. fields, .. pressed], [.. filled, .. pressed], [.. changed, .. pressed]);
        }
    }

    private static RenderedForm Pressed(
        string url, string target, string? button, List<KeyValuePair<string, string>> fields, List<KeyValuePair<string, string>> filled, List<KeyValuePair<string, string>> changed) =>
        new(url, target, button, fields)
        {
            FilledIn = filled.SequenceEqual(fields) ? null : new RenderedForm(url, target, button, filled),
            Changed = changed.SequenceEqual(fields) ? null : new RenderedForm(url, target, button, changed),
        };

    private enum Posted { AsShown, FilledIn, Changed }

    /// <summary>A text box as sent: as shown, filled in when empty, or (changed) with a few words added to what it says.</summary>
    private static string Written(string value, Posted posted) => (posted, value) switch
    {
        (Posted.FilledIn or Posted.Changed, "") => Filler,
        (Posted.Changed, _) => $"{value} ({Filler.ToLowerInvariant()})",
        _ => value,
    };

    private static bool IsSubmit(IElement element) => element switch
    {
        IHtmlButtonElement button => button.GetAttribute("type") is null or "submit",
        IHtmlInputElement input => input.Type is "submit",
        _ => false,
    };

    private static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form, Posted posted)
    {
        var fields = new List<KeyValuePair<string, string>>();
        var groups = form.Elements.OfType<IHtmlInputElement>().Where(r => r.Type == "radio" && !r.HasAttribute("disabled"))
            .GroupBy(r => r.GetAttribute("name") ?? "").Where(g => g.Key != "").Select(g => g.ToList()).ToList();
        var chosenInstead = posted switch
        {
            Posted.FilledIn => groups.Where(g => !g.Any(r => r.HasAttribute("checked"))).Select(g => g[0]).ToHashSet(),
            Posted.Changed => groups.Select(g => g[(g.FindIndex(r => r.HasAttribute("checked")) is var i and >= 0 ? i + 1 : 1) % g.Count]).ToHashSet(),
            _ => [],
        };
        foreach (var element in form.Elements.Where(e => !e.HasAttribute("disabled")))
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "radio" } radio:
                    var group = chosenInstead.FirstOrDefault(r => r.GetAttribute("name") == name);
                    if (group is null ? radio.HasAttribute("checked") : group == radio)
                    {
                        fields.Add(new(name, radio.GetAttribute("value") ?? "on"));
                    }

                    break;
                case IHtmlInputElement { Type: "checkbox" } box:
                    if (box.HasAttribute("checked"))
                    {
                        fields.Add(new(name, box.GetAttribute("value") ?? "on"));
                    }

                    break;
                case IHtmlInputElement { Type: "submit" or "button" or "reset" or "image" or "file" }:
                    break;
                case IHtmlInputElement input:
                    var value = input.GetAttribute("value") ?? "";
                    fields.Add(new(name, input.Type is "text" ? Written(value, posted) : value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, Written(area.Value, posted)));
                    break;
                case IHtmlSelectElement select:
                    var options = select.Options.ToList();
                    var chosen = options.Where(o => o.HasAttribute("selected")).ToList();
                    if (chosen.Count == 0 && !select.IsMultiple && options.Count > 0)
                    {
                        chosen = [options[0]];
                    }

                    if (posted == Posted.Changed && !select.IsMultiple && options.Count > 1)
                    {
                        chosen = [options[(options.IndexOf(chosen[0]) + 1) % options.Count]];
                    }

                    fields.AddRange(chosen.Select(o => new KeyValuePair<string, string>(name, o.GetAttribute("value") ?? o.TextContent.Trim())));
                    break;
            }
        }

        return fields;
    }
}

using System.Net;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.RippleMap;

/// <summary>Fills the drawing form as a person would: one row per person, by its place on the page.</summary>
internal static class MapForm
{
    public const string Url = "/Portal/RippleMap/Draw";

    public sealed record Row(string Label, string Relationship, string Ring, string Closeness, string Feeling, string? WhatChanged = null, bool Gone = false);

    public static Dictionary<string, string> Rows(params (int At, Row Row)[] rows)
    {
        var fields = new Dictionary<string, string>();
        foreach (var (at, row) in rows)
        {
            var p = $"Input.People[{at}]";
            (fields[$"{p}.Label"], fields[$"{p}.Relationship"], fields[$"{p}.Ring"], fields[$"{p}.Closeness"], fields[$"{p}.Feeling"]) =
                (row.Label, row.Relationship, row.Ring, row.Closeness, row.Feeling);
            fields[$"{p}.WhatChanged"] = row.WhatChanged ?? "";
            if (row.Gone)
            {
                fields[$"{p}.Gone"] = "true";
            }
        }

        return fields;
    }

    public static async Task<HttpResponseMessage> DrawAsync(PageSession session, string visibility, params (int At, Row Row)[] rows)
    {
        var fields = Rows(rows);
        fields["Input.Visibility"] = visibility;
        return await session.SubmitAsync(Url, "#draw-map", fields);
    }

    /// <summary>Draws and expects the new map's page; returns its id from the redirect.</summary>
    public static async Task<Guid> DrawnAsync(PageSession session, string visibility, params (int At, Row Row)[] rows)
    {
        var response = await DrawAsync(session, visibility, rows);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        return Guid.Parse(response.Headers.Location!.OriginalString.Split('/')[^1]);
    }
}

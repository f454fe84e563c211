using Tandem.Core.RippleMap;
using Tandem.Core.Sharing;

namespace Tandem.Web.Pages.Portal.RippleMap;

/// <summary>A drawing of my map as posted: each row a person, in text, checked by <see cref="MapChecks"/> before anything is kept.</summary>
public sealed class MapInput
{
    /// <summary>The snapshot the form started from (none for a first map), so a map redrawn in another window since is not silently followed.</summary>
    public Guid? StartedFromVersion { get; set; }
    public List<PersonRow> People { get; set; } = [];
    public Visibility? Visibility { get; set; }
    public Guid? CaseId { get; set; }

    public static MapInput From(MapSnapshot? latest, int blankRows) => new()
    {
        StartedFromVersion = latest?.Version,
        People = [.. (latest?.People ?? []).OrderBy(p => p.Ring).ThenBy(p => p.Label, StringComparer.Ordinal).Select(PersonRow.From), .. Enumerable.Range(0, blankRows).Select(_ => new PersonRow())],
    };
}

public sealed class PersonRow
{
    /// <summary>Set for someone carried forward from the last snapshot; empty for someone new.</summary>
    public Guid? PersonId { get; set; }
    public string? Label { get; set; }
    public string? Relationship { get; set; }
    public string? Ring { get; set; }
    public string? Closeness { get; set; }
    public string? Feeling { get; set; }
    public string? WhatChanged { get; set; }

    /// <summary>Someone carried forward who is no longer on my map: they are listed as having left.</summary>
    public bool Gone { get; set; }

    public bool IsBlank => PersonId is null && string.IsNullOrWhiteSpace(Label);

    public static PersonRow From(MapPerson p) => new()
    {
        PersonId = p.PersonId, Label = p.Label, Relationship = p.Relationship.ToString(), Ring = p.Ring.ToString(),
        Closeness = p.Closeness.ToString(System.Globalization.CultureInfo.InvariantCulture), Feeling = p.Feeling.ToString(),
    };
}

using System.Globalization;
using Tandem.Core.RippleMap;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Portal.RippleMap;

/// <summary>Turns the posted rows into the people of a new snapshot, or says beside each field what is wrong and keeps nothing.</summary>
public static class MapChecks
{
    public static List<MapPerson>? Check(Refusals refusals, MapInput input, MapSnapshot? latest)
    {
        var carried = (latest?.People ?? []).Select(p => p.PersonId).ToHashSet();
        var people = new List<MapPerson>();
        var seen = new HashSet<Guid>();
        for (var i = 0; i < input.People.Count; i++)
        {
            var row = input.People[i];
            var at = $"Input.People[{i}]";
            if (row.IsBlank || row.Gone)
            {
                continue;
            }

            if (row.PersonId is { } id && (!carried.Contains(id) || !seen.Add(id)))
            {
                refusals.Add($"{at}.Label", "This person is not on your last map. Open the page again to redraw from it.");
                continue;
            }

            var person = new MapPerson { PersonId = row.PersonId ?? Guid.CreateVersion7(), Label = row.Label?.Trim() ?? "" };
            if (MapLabel.Problem(row.Label) is { } problem)
            {
                refusals.Add($"{at}.Label", problem);
            }

            if (Code<Relationship>(row.Relationship) is { } relationship) { person.Relationship = relationship; }
            else { refusals.Add($"{at}.Relationship", "Choose who they are to you from the list."); }

            if (Code<Ring>(row.Ring) is { } ring) { person.Ring = ring; }
            else { refusals.Add($"{at}.Ring", "Choose the inner, middle or outer circle."); }

            if (int.TryParse(row.Closeness, NumberStyles.None, CultureInfo.InvariantCulture, out var closeness) && closeness is >= MapPerson.LeastClose and <= MapPerson.MostClose)
            {
                person.Closeness = closeness;
            }
            else
            {
                refusals.Add($"{at}.Closeness", "Choose one of the seven pictures, 1 (apart) to 7 (almost one).");
            }

            if (Code<Feeling>(row.Feeling) is { } feeling) { person.Feeling = feeling; }
            else { refusals.Add($"{at}.Feeling", "Choose how it feels now: supportive, mixed, strained or cut off."); }

            var changed = row.WhatChanged?.Trim();
            if (changed?.Length > MapPerson.MaxWhatChangedLength)
            {
                refusals.Add($"{at}.WhatChanged", $"Keep what has changed to {MapPerson.MaxWhatChangedLength} characters.");
            }

            person.WhatChanged = string.IsNullOrEmpty(changed) ? null : changed;
            people.Add(person);
        }

        if (people.Count > MapSnapshot.MaxPeople)
        {
            refusals.Add("", $"A map holds at most {MapSnapshot.MaxPeople} people; this one has {people.Count}. Leave out those who matter least now.");
        }
        else if (people.Count == 0 && !refusals.Any)
        {
            refusals.Add("", "Put at least one person on your map.");
        }

        return refusals.Any ? null : people;
    }

    /// <summary>A code by its name only: a number or an unknown name is no choice.</summary>
    private static T? Code<T>(string? posted) where T : struct, Enum =>
        posted is { Length: > 0 } && char.IsAsciiLetter(posted[0]) && Enum.TryParse<T>(posted, ignoreCase: false, out var code) && Enum.IsDefined(code) ? code : null;
}

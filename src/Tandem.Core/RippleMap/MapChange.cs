namespace Tandem.Core.RippleMap;

/// <summary>What happened to one person between two snapshots. Values are shown, never stored.</summary>
public enum Change
{
    New,
    Left,
    MovedInward,
    MovedOutward,
    Closer,
    LessClose,
    FeelingChanged,
}

/// <summary>One person's change from an earlier snapshot to a later one; <see cref="Before"/> is null for someone new, <see cref="After"/> for someone who left.</summary>
public sealed record PersonChange(Guid PersonId, MapPerson? Before, MapPerson? After, IReadOnlyList<Change> Changes)
{
    public string Label => (After ?? Before)!.Label;
}

public static class MapChange
{
    /// <summary>
    /// Everyone who changed between <paramref name="earlier"/> and <paramref name="later"/>, matched by their stable
    /// person id: those on the later map in its order, then those who left. Someone unchanged is not listed.
    /// </summary>
    public static IReadOnlyList<PersonChange> Between(IEnumerable<MapPerson> earlier, IEnumerable<MapPerson> later)
    {
        var before = earlier.ToDictionary(p => p.PersonId);
        var after = later.ToList();
        var changes = new List<PersonChange>();
        foreach (var now in after)
        {
            var was = before.GetValueOrDefault(now.PersonId);
            var what = was is null ? [Change.New] : Of(was, now);
            if (what.Count > 0)
            {
                changes.Add(new(now.PersonId, was, now, what));
            }
        }

        var stayed = after.Select(p => p.PersonId).ToHashSet();
        changes.AddRange(before.Values.Where(p => !stayed.Contains(p.PersonId)).Select(p => new PersonChange(p.PersonId, p, null, [Change.Left])));
        return changes;
    }

    private static List<Change> Of(MapPerson was, MapPerson now)
    {
        var what = new List<Change>();
        if (now.Ring != was.Ring)
        {
            what.Add(now.Ring < was.Ring ? Change.MovedInward : Change.MovedOutward);
        }

        if (now.Closeness != was.Closeness)
        {
            what.Add(now.Closeness > was.Closeness ? Change.Closer : Change.LessClose);
        }

        if (now.Feeling != was.Feeling)
        {
            what.Add(Change.FeelingChanged);
        }

        return what;
    }
}

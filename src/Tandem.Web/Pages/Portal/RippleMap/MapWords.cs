using Tandem.Core.RippleMap;

namespace Tandem.Web.Pages.Portal.RippleMap;

/// <summary>The map's codes in the client's words.</summary>
public static class MapWords
{
    public static string Of(Relationship relationship) => relationship switch
    {
        Relationship.Partner => "partner",
        Relationship.Child => "child",
        Relationship.Parent => "parent",
        Relationship.Sibling => "sibling",
        Relationship.OtherFamily => "other family",
        Relationship.Friend => "friend",
        Relationship.Colleague => "colleague",
        Relationship.Manager => "manager",
        Relationship.SomeoneIManage => "someone I manage",
        _ => "community",
    };

    public static string Of(LifeDomain domain) => domain switch
    {
        LifeDomain.Family => "Family",
        LifeDomain.Friends => "Friends",
        LifeDomain.Work => "Work",
        _ => "Community",
    };

    public static string Of(Ring ring) => ring switch
    {
        Ring.Inner => "inner",
        Ring.Middle => "middle",
        _ => "outer",
    };

    public static string Describe(Ring ring) => ring switch
    {
        Ring.Inner => "Inner: so close it is hard to imagine life without them",
        Ring.Middle => "Middle: close, but not that close",
        _ => "Outer: they matter, but are less close",
    };

    public static string Of(Feeling feeling) => feeling switch
    {
        Feeling.Supportive => "supportive",
        Feeling.Mixed => "mixed",
        Feeling.Strained => "strained",
        _ => "cut off",
    };

    public static string Of(Change change) => change switch
    {
        Change.New => "new on the map",
        Change.Left => "no longer on the map",
        Change.MovedInward => "moved inward",
        Change.MovedOutward => "moved outward",
        Change.Closer => "closer",
        Change.LessClose => "less close",
        _ => "feels different",
    };

    /// <summary>The change with where from and to, as in "moved inward (middle → inner)".</summary>
    public static string Describe(PersonChange change, Change what) => what switch
    {
        Change.MovedInward or Change.MovedOutward => $"{Of(what)} ({Of(change.Before!.Ring)} → {Of(change.After!.Ring)})",
        Change.Closer or Change.LessClose => $"{Of(what)} ({change.Before!.Closeness} → {change.After!.Closeness} of 7)",
        Change.FeelingChanged => $"{Of(change.Before!.Feeling)} → {Of(change.After!.Feeling)}",
        _ => Of(what),
    };
}

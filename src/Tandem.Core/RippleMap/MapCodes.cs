namespace Tandem.Core.RippleMap;

/// <summary>Who someone on my map is to me. Values are stored: never renumber.</summary>
public enum Relationship
{
    Partner = 1,
    Child = 2,
    Parent = 3,
    Sibling = 4,
    OtherFamily = 5,
    Friend = 6,
    Colleague = 7,
    Manager = 8,
    SomeoneIManage = 9,
    Community = 10,
}

/// <summary>The part of my life a relationship belongs to, and the sector of the map it is drawn in. Values are stored: never renumber.</summary>
public enum LifeDomain
{
    Family = 1,
    Friends = 2,
    Work = 3,
    Community = 4,
}

/// <summary>
/// Antonucci's three concentric circles. Inner: so close it is hard to imagine life without them; middle: close but not
/// that close; outer: people who matter but are less close. Values are stored and ordered inward to outward.
/// </summary>
public enum Ring
{
    Inner = 1,
    Middle = 2,
    Outer = 3,
}

/// <summary>How the relationship feels now. Values are stored: never renumber.</summary>
public enum Feeling
{
    Supportive = 1,
    Mixed = 2,
    Strained = 3,
    CutOff = 4,
}

public static class Relationships
{
    public static LifeDomain DomainOf(this Relationship relationship) => relationship switch
    {
        Relationship.Partner or Relationship.Child or Relationship.Parent or Relationship.Sibling or Relationship.OtherFamily => LifeDomain.Family,
        Relationship.Friend => LifeDomain.Friends,
        Relationship.Colleague or Relationship.Manager or Relationship.SomeoneIManage => LifeDomain.Work,
        _ => LifeDomain.Community,
    };
}

namespace Tandem.Core.Preparation;

/// <summary>Who may read what a client writes, as the client chose (DOMAIN.md, "Who sees what").</summary>
public enum Visibility
{
    OnlyMe = 1,
    MeAndMyClinician = 2,

    /// <summary>Couples only; stops reaching the former partner once the couple's case closes.</summary>
    MyPartnerAndMyClinician = 3,
}

/// <summary>How the viewer relates to the author of a piece of portal material.</summary>
public enum Relation
{
    Stranger,
    Author,

    /// <summary>The other participant of an open couple case with the author.</summary>
    Partner,

    /// <summary>A clinician on the team of a case the author takes part in.</summary>
    CaseTeam,
}

public static class VisibilityRule
{
    public static bool CanRead(Relation relation, Visibility visibility) => relation switch
    {
        Relation.Author => true,
        Relation.CaseTeam => visibility != Visibility.OnlyMe,
        Relation.Partner => visibility == Visibility.MyPartnerAndMyClinician,
        _ => false,
    };
}

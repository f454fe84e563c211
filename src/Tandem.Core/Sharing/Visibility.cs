namespace Tandem.Core.Sharing;

/// <summary>
/// Who may read what a client writes, as the client chose (DOMAIN.md, "Who sees what"). Values are stored: never renumber.
/// Only me is the absence of a share; the other two are the audience of a <see cref="Share"/> in one case.
/// </summary>
public enum Visibility
{
    OnlyMe = 1,
    MeAndMyClinician = 2,

    /// <summary>Couples only: the other participant of the share's case, while that case is open, and its team.</summary>
    MyPartnerAndMyClinician = 3,
}

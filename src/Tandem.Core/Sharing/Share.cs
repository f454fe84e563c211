namespace Tandem.Core.Sharing;

/// <summary>
/// One item of a client's material shared into one case (DOMAIN.md, "Sharing happens within a case"). Its audience is
/// that case's team and, for <see cref="Visibility.MyPartnerAndMyClinician"/>, the case's other participant while the
/// case is open. A later case inherits nothing: sharing the item there too adds another share.
/// </summary>
public sealed class Share : PracticeRecord
{
    public Guid OwnerClientId { get; set; }
    public MaterialKind Kind { get; set; }
    public Guid ItemId { get; set; }
    public Guid CaseId { get; set; }
    public Visibility Audience { get; set; }
    public DateTime SharedAt { get; set; }
}

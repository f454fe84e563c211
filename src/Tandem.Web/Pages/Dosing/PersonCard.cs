namespace Tandem.Web.Pages.Dosing;

/// <summary>One person's card on the dosing page.</summary>
public sealed record PersonCard(IndexModel Page, DosingPerson Person)
{
    /// <summary>The values the card's record form shows: what was just posted and refused, else what is stored.</summary>
    public RecordInput Input => Page.PostedFor == Person.ClientId && Page.Record.ClientId == Person.ClientId
        ? Page.Record
        : RecordInput.From(Person.Record, Page.Sheet.Stock.For(Person.Record).From?.BalanceId, Page.Sheet.Zone);

    public bool ShowsErrors => Page.PostedFor == Person.ClientId;
}

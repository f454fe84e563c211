namespace Tandem.Web.Pages.Dosing;

/// <summary>One person's card on the dosing page.</summary>
public sealed record PersonCard(IndexModel Page, DosingPerson Person)
{
    /// <summary>The values the card's record form shows: what was just posted and refused, else what is stored.</summary>
    public SaveRecord.Command Input => Refused<SaveRecord.Command>()
        ?? SaveRecord.Command.From(Person.Record, Page.Sheet.Stock.For(Person.Record).From?.BalanceId, Page.Sheet.Zone);

    /// <summary>The card's form of type <typeparamref name="T"/> as posted and refused; null when that form shows what is stored.</summary>
    public T? Refused<T>() where T : class => Page.Refused<T>(Person.ClientId);

    public bool ShowsErrors => Page.Posted?.ClientId == Person.ClientId;
}

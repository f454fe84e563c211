namespace Tandem.Web.Pages.Agenda;

/// <summary>One day of an agenda as the partial draws it (on the agenda and as "Today" on the dashboard).</summary>
public sealed record AgendaDay(DateOnly Day, IReadOnlyList<AgendaItem> Items, TimeZoneInfo Zone, bool IsToday);

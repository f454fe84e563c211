using Ical.Net;
using Ical.Net.CalendarComponents;
using MimeKit;
using Tandem.Web.Tests.Infrastructure;

namespace Tandem.Web.Tests.Consultations;

/// <summary>
/// What a visitor's inbox and calendar may show: the practice and the time, never the kind of care
/// nor what the visitor told us (the hopes in <see cref="Visitor.Couple"/> speak of feeling "unseen" and "hurting").
/// </summary>
public static class NoHealthInformation
{
    public const string CallTitle = "Call with Demo Practice";

    private static readonly string[] Words = ["ketamine", "KAP", "therapy", "psychedelic", "unseen", "hurting"];

    /// <param name="privateLink">Left out of the check: its random token may spell anything.</param>
    public static CalendarEvent AssertInMail(MimeMessage mail, string? privateLink = null)
    {
        var text = mail.Subject + "\n" + mail.TextBody + "\n" + mail.HtmlBody;
        AssertIn(privateLink is null ? text : text.Replace(privateLink, "", StringComparison.Ordinal));
        Assert.StartsWith(CallTitle, mail.Subject, StringComparison.Ordinal);

        return AssertInCalendar(mail.CalendarFile("call.ics"));
    }

    /// <summary>The calendar file's one event, read back with the library, after checking its whole text.</summary>
    public static CalendarEvent AssertInCalendar(string ics)
    {
        AssertIn(ics);
        var call = Assert.Single(Calendar.Load(ics)!.Events);
        Assert.Equal(CallTitle, call.Summary);
        Assert.Null(call.Description);
        Assert.True(call.Location is null or "By phone", $"The calendar file says where: {call.Location}");
        return call;
    }

    private static void AssertIn(string text)
    {
        foreach (var word in Words)
        {
            Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
        }
    }
}

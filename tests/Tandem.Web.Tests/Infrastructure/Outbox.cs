using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Tandem.Web.Infrastructure.Email;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>The .eml files the app wrote, as a mail program would read them.</summary>
public static class Outbox
{
    public static IReadOnlyList<MimeMessage> To(this TandemApp app, string address)
    {
        // Mail leaves in the background after its transaction commits: wait until everything queued so far is written.
        var outgoing = app.Services.GetRequiredService<OutgoingMail>();
        Assert.True(SpinWait.SpinUntil(() => outgoing.AllSent, TimeSpan.FromSeconds(30)), "Outgoing mail was still unsent after 30 seconds.");
        if (!Directory.Exists(app.Outbox))
        {
            return [];
        }

        return Directory.GetFiles(app.Outbox, "*.eml")
            .Order(StringComparer.Ordinal)
            .Select(path => MimeMessage.Load(path))
            .Where(m => m.To.Mailboxes.Any(b => string.Equals(b.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();
    }

    /// <summary>The text of the message's one calendar file, or of the one named <paramref name="fileName"/>.</summary>
    public static string CalendarFile(this MimeMessage message, string? fileName = null)
    {
        var part = message.Attachments.OfType<MimePart>().Single(a => fileName is null || a.FileName == fileName);
        using var text = new MemoryStream();
        part.Content!.DecodeTo(text);
        return System.Text.Encoding.UTF8.GetString(text.ToArray());
    }
}

using MimeKit;

namespace Tandem.Web.Tests.Infrastructure;

/// <summary>The .eml files the app wrote, as a mail program would read them.</summary>
public static class Outbox
{
    public static IReadOnlyList<MimeMessage> To(this TandemApp app, string address)
    {
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
}

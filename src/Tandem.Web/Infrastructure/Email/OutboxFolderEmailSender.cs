using Microsoft.Extensions.Options;
using MimeKit;

namespace Tandem.Web.Infrastructure.Email;

/// <summary>The default sender: each message becomes an .eml file in the outbox folder, readable by any mail program.</summary>
public sealed class OutboxFolderEmailSender(IOptions<EmailOptions> options, TimeProvider clock) : IEmailSender
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default)
    {
        var folder = Path.GetFullPath(options.Value.Outbox);
        Directory.CreateDirectory(folder);
        var name = $"{clock.GetUtcNow():yyyyMMdd-HHmmss-fffffff}-{Guid.NewGuid():N}.eml";
        await message.WriteToAsync(Path.Combine(folder, name), cancellationToken);
    }
}

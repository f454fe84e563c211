using MimeKit;

namespace Tandem.Web.Infrastructure.Email;

/// <summary>Sends one message. Emails never carry health information: see SECURITY.md.</summary>
public interface IEmailSender
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken = default);
}

using Microsoft.Extensions.Options;
using MimeKit;
using Tandem.Data;

namespace Tandem.Web.Infrastructure.Email;

/// <summary>Composes plain messages and queues them only once the transaction that warranted them has committed.</summary>
public sealed class Mailer(OutgoingMail outgoing, IOptions<EmailOptions> options, AfterCommit afterCommit)
{
    public void SendAfterCommit(string toName, string toAddress, string subject, string body, params MimePart[] attachments)
    {
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(options.Value.From));
        message.To.Add(new MailboxAddress(toName, toAddress));
        message.Subject = subject;
        var builder = new BodyBuilder { TextBody = body };
        foreach (var attachment in attachments)
        {
            builder.Attachments.Add(attachment);
        }

        message.Body = builder.ToMessageBody();
        afterCommit.Add("queue an email", () => outgoing.EnqueueAsync(message));
    }
}

namespace Tandem.Web.Infrastructure.Email;

public sealed class EmailOptions
{
    public string From { get; set; } = "Tandem <no-reply@tandem.invalid>";

    /// <summary>Where messages are written as .eml files when no SMTP server is configured.</summary>
    public string Outbox { get; set; } = "data/outbox";

    public SmtpOptions Smtp { get; set; } = new();

    public sealed class SmtpOptions
    {
        public string? Host { get; set; }
        public int Port { get; set; } = 587;
        public string? User { get; set; }
        public string? Password { get; set; }
    }
}

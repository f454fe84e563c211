namespace Tandem.Web.Infrastructure.Email;

public static class EmailRegistration
{
    public static IServiceCollection AddTandemEmail(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection("Email");
        services.Configure<EmailOptions>(section);
        if (string.IsNullOrWhiteSpace(section["Smtp:Host"]))
        {
            services.AddSingleton<IEmailSender, OutboxFolderEmailSender>();
        }
        else
        {
            services.AddSingleton<IEmailSender, SmtpEmailSender>();
        }

        services.AddSingleton<OutgoingMail>();
        services.AddHostedService(sp => sp.GetRequiredService<OutgoingMail>());
        services.AddScoped<Mailer>();
        return services;
    }
}

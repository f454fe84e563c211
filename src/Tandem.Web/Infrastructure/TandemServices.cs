using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Tandem.Core.Access;
using Tandem.Data;
using Tandem.Data.Audit;
using Tandem.Data.Identity;
using Tandem.Web.Authorization;
using Tandem.Web.Authorization.Material;
using Tandem.Web.Infrastructure.Email;
using Tandem.Web.Infrastructure.Identity;

namespace Tandem.Web.Infrastructure;

public static class TandemServices
{
    public static WebApplicationBuilder AddTandem(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var (provider, connectionString) = DatabaseSettings.From(builder.Configuration);

        services.AddSingleton(TimeProvider.System);
        services.AddTandemDatabase(provider, connectionString);
        services.Configure<AuditOptions>(builder.Configuration.GetSection("Audit"));
        services.AddSingleton<AuditKeyring>();
        services.AddSingleton<AuditHeadStore>();
        services.AddSingleton<AuditWatch>();
        services.AddSingleton<AuditGroupCommit>();
        services.AddScoped<AuditAlarm>();
        services.AddScoped<AuditVerifier>();

        services.AddOptions<PublicAddress>().Bind(builder.Configuration).ValidateOnStart();
        services.AddSingleton<Microsoft.Extensions.Options.IValidateOptions<PublicAddress>, PublicAddress.Check>();
        services.AddSingleton<PublicLinks>();

        services.AddHttpContextAccessor();
        services.AddScoped<CurrentViewer>();
        services.AddScoped<CaseScope>();
        services.AddScoped<ClinicalAudit>();
        services.AddScoped<Pages.Cases.CaseFile>();
        services.AddScoped<Pages.Portal.PortalCases>();
        services.AddScoped<Pages.Portal.ConsentDue>();
        services.AddScoped<Pages.Consultations.ConsultationCalendar>();
        services.AddScoped<Pages.Consultations.BookingEmails>();
        services.AddScoped<Pages.Consultations.StaffNotices>();
        services.AddScoped<Pages.Consultations.ProspectClients>();
        services.AddScoped<Pages.Account.PortalInvitations>();
        services.AddScoped<Pages.Intake.IntakeProgress>();
        services.AddScoped<Pages.Dashboard.OverdueQuestionnaires>();
        services.AddScoped<Pages.Dashboard.OverdueMaps>();
        services.AddScoped<Pages.Agenda.AgendaReader>();
        services.AddScoped<Pages.MedicalReview.AwaitingReview>();
        services.AddScoped<Pages.Calendar.StaffCalendar>();
        services.AddScoped<Pages.Intake.ParticipantIntake>();
        services.AddScoped<Pages.Preparation.PreparationMaterial>();
        services.AddScoped<Pages.Access.AccessReport>();
        services.AddScoped<Pages.Measures.MeasurementPlan>();
        services.AddScoped<Pages.Measures.OpenedReminders>();
        services.AddScoped<Pages.Measures.QuestionnaireReminders>();
        services.AddScoped<Pages.Measures.MapReminders>();
        services.AddScoped<Pages.Measures.ScoreHistory>();
        services.AddScoped<Pages.Measures.QuestionnaireScope>();
        services.AddScoped<Pages.Measures.PracticeInstruments>();
        services.AddScoped<Pages.Reports.OutcomeData>();
        services.AddScoped<Pages.Reports.MapOutcomeData>();
        services.Configure<Pages.Reports.ReportOptions>(builder.Configuration.GetSection("Reports"));
        services.AddSingleton<Pages.Reports.PseudonymKey>();
        services.Configure<Pages.Measures.ReminderOptions>(builder.Configuration.GetSection("Reminders"));
        services.AddHostedService<Pages.Measures.ReminderLoop>();
        services.AddScoped<Pages.Series.SeriesProgress>();
        services.AddScoped<Pages.Series.AppointmentBook>();
        services.AddScoped<Pages.Series.SeriesBooking>();
        services.AddScoped<Pages.Series.AppointmentNotices>();
        services.AddScoped<Pages.Dosing.DosingSheets>();
        services.AddScoped<Pages.Dosing.SheetStocks>();
        services.AddScoped<Pages.Dosing.StockDraws>();
        services.AddScoped<Pages.Dosing.PrescriberNotices>();
        services.AddScoped<Pages.Dosing.SheetSaves>();
        services.AddScoped<Pages.Dosing.WriteOrder.Handler>();
        services.AddScoped<Pages.Dosing.SaveRecord.Handler>();
        services.AddScoped<Pages.Dosing.AddVitals.Handler>();
        services.AddScoped<Pages.Dosing.AddAdverseEvent.Handler>();
        services.AddScoped<Pages.Dosing.OverrideCheck.Handler>();
        services.AddScoped<Pages.Dosing.WasteRest.Handler>();
        services.AddScoped<Pages.Dosing.SaveSetting.Handler>();
        services.AddScoped<Pages.Dosing.SignRecord.Handler>();
        services.AddScoped<Pages.Dosing.AmendRecord.Handler>();
        services.AddScoped<Pages.Portal.Sessions.MySessions>();
        services.AddScoped<Pages.Portal.Journal.JournalEntries>();
        services.AddScoped<Pages.Portal.RippleMap.MapSnapshots>();
        services.AddScoped<Pages.Portal.RippleMap.MapsDue>();
        services.AddScoped<Pages.Portal.Corrections.CorrectionLog>();
        services.AddScoped<Pages.Settings.PracticeSettings>();
        services.AddScoped<Pages.Portal.Practices.HomePracticeLog>();
        services.AddScoped<Pages.Portal.Repair.RepairLog>();
        services.AddScoped<Records.ClientRecordReader>();
        services.AddScoped<Pages.Register.StockBook>();
        services.AddScoped<Pages.Register.Witnesses>();
        services.AddScoped<KeptIfRefused>();
        services.AddScoped<Pages.Register.InspectionRegister>();
        services.AddScoped<Pages.Register.CountStatus>();
        services.AddScoped<Records.CareTeamRecordReader>();
        services.Configure<Records.RecordOptions>(builder.Configuration.GetSection("Records"));
        services.AddSingleton<Records.RecordExports>();
        services.AddHostedService(s => s.GetRequiredService<Records.RecordExports>());
        services.AddScoped<IAuthorizationHandler, CaseAuthorizationHandler>();
        services.AddScoped<IAuthorizationHandler, RegisterAuthorizationHandler>();
        services.AddScoped<MaterialScope>();
        services.AddScoped<Pages.Portal.Sharing.ShareTargets>();
        services.AddSingleton<IAuthorizationHandler, JournalEntryHandler>();
        services.AddSingleton<IAuthorizationHandler, MapSnapshotHandler>();
        services.AddSingleton<IAuthorizationHandler, IntentionHandler>();
        services.AddSingleton<IAuthorizationHandler, HotSpotHandler>();
        services.AddSingleton<IAuthorizationHandler, RepairSideHandler>();
        services.AddSingleton<IAuthorizationHandler, HomePracticeCheckInHandler>();
        services.AddSingleton<IAuthorizationHandler, QuestionnaireResponseHandler>();

        services.AddTandemIdentity(builder.Configuration);
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.Clinician, p => p.RequireRole(Roles.Clinician, Roles.Prescriber))
            .AddPolicy(Policies.PracticeAdmin, p => p.RequireRole(Roles.PracticeAdmin))
            .AddPolicy(Policies.Staff, p => p.RequireRole(Roles.PracticeAdmin, Roles.Clinician, Roles.Prescriber))
            .AddPolicy(Policies.Prescriber, p => p.RequireRole(Roles.Prescriber))
            .AddPolicy(Policies.ClientTextEditor, p => p.RequireRole(Roles.PracticeAdmin, Roles.Prescriber))
            .AddPolicy(Policies.RegisterReader, p => p.RequireAuthenticatedUser().AddRequirements(new RegisterRequirement(Core.Register.RegisterOperation.Read)))
            .AddPolicy(Policies.RegisterKeeper, p => p.RequireAuthenticatedUser().AddRequirements(new RegisterRequirement(Core.Register.RegisterOperation.Keep)))
            .AddPolicy(Policies.Client, p => p.RequireRole(Roles.Client).RequireClaim(TandemClaims.ClientId));

        services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Dashboard", Policies.Clinician);
                options.Conventions.AuthorizeFolder("/Agenda", Policies.Staff);
                options.Conventions.AuthorizeFolder("/Find", Policies.Staff);
                options.Conventions.AuthorizeFolder("/Calendar", Policies.Staff);
                options.Conventions.AllowAnonymousToPage("/Calendar/Feed");
                options.Conventions.AuthorizeFolder("/Cases", Policies.Clinician);
                options.Conventions.AuthorizeFolder("/Portal", Policies.Client);
                options.Conventions.AuthorizeFolder("/Admin", Policies.PracticeAdmin);
                options.Conventions.AuthorizeFolder("/Availability", Policies.Clinician);
                options.Conventions.AuthorizeFolder("/Intake", Policies.Clinician);
                options.Conventions.AuthorizeFolder("/ConsentDocuments", Policies.ClientTextEditor);
                options.Conventions.AuthorizeFolder("/Screen", Policies.Prescriber);
                options.Conventions.AuthorizePage("/Settings/Index", Policies.Staff);
                options.Conventions.AuthorizeFolder("/Reports", Policies.Clinician);
                options.Conventions.AuthorizePage("/Settings/Protocol", Policies.Clinician);
                options.Conventions.AuthorizePage("/Settings/Rooms", Policies.PracticeAdmin);
                options.Conventions.AuthorizePage("/Settings/StaffSignIn", Policies.PracticeAdmin);
                options.Conventions.AuthorizePage("/Settings/Reminders", Policies.PracticeAdmin);
                options.Conventions.AuthorizePage("/Settings/Closures", Policies.PracticeAdmin);
                options.Conventions.AuthorizePage("/Settings/Texts", Policies.ClientTextEditor);
                options.Conventions.AuthorizePage("/Settings/Measures", Policies.Clinician);
                options.Conventions.AuthorizePage("/Settings/Outcomes", Policies.Clinician);
                options.Conventions.AuthorizeFolder("/Series", Policies.Clinician);
                options.Conventions.AuthorizeFolder("/Dosing", Policies.Clinician);
                options.Conventions.AuthorizeFolder("/Integration", Policies.Clinician);
                options.Conventions.AuthorizeFolder("/Alerts", Policies.Clinician);
                options.Conventions.AuthorizeFolder("/MedicalReview", Policies.Clinician);
                options.Conventions.AuthorizeFolder("/Consultations", Policies.Clinician);
                options.Conventions.AuthorizeFolder("/Register", Policies.RegisterReader);
                options.Conventions.AuthorizePage("/Register/Stock", Policies.Prescriber);
                options.Conventions.AuthorizePage("/Register/Receive", Policies.RegisterKeeper);
                options.Conventions.AuthorizePage("/Register/Take", Policies.RegisterKeeper);
                options.Conventions.AuthorizePage("/Register/Transfer", Policies.RegisterKeeper);
                options.Conventions.AuthorizePage("/Register/Count", Policies.RegisterKeeper);
                options.Conventions.AuthorizePage("/Register/Adjust", Policies.Prescriber);
                options.Conventions.AuthorizePage("/Register/Custodians", Policies.PracticeAdmin);
                options.Conventions.AuthorizePage("/Register/Correct", Policies.Prescriber);
                options.Conventions.AuthorizePage("/Register/Inspection", Policies.RegisterKeeper);

                options.Conventions.AllowAnonymousToPage("/Consultations/Book");
                options.Conventions.AllowAnonymousToPage("/Consultations/Booking");
                options.Conventions.AllowAnonymousToPage("/Consultations/Move");
                options.Conventions.AllowAnonymousToPage("/Account/Login");
                options.Conventions.AllowAnonymousToPage("/Account/SecondFactor");
                options.Conventions.AllowAnonymousToPage("/Account/Invitation");
                options.Conventions.AllowAnonymousToPage("/Account/Join");
                options.Conventions.AllowAnonymousToPage("/Account/ForgotPassword");
                options.Conventions.AllowAnonymousToPage("/Account/Reset");
                options.Conventions.AllowAnonymousToPage("/Error");
                options.Conventions.AllowAnonymousToPage("/Status");
            })
            .AddMvcOptions(options =>
            {
                options.Filters.Add<UnknownHandlerFilter>();
                options.Filters.Add<TransactionPageFilter>();
                options.Filters.Add<StaleEditFilter>();
                var messages = options.ModelBindingMessageProvider;
                messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"\"{value}\" is not a valid choice here.");
                messages.SetValueIsInvalidAccessor(value => $"\"{value}\" is not a valid choice here.");
                messages.SetValueMustBeANumberAccessor(_ => "Enter a number.");
                messages.SetValueMustNotBeNullAccessor(_ => "This cannot be left empty.");
            });

        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "__Host-Tandem.Antiforgery";

            // The cookie policy marks every cookie Secure. Antiforgery's own "Always" would refuse plain HTTP outright,
            // which the local demo on http://127.0.0.1 needs (browsers treat loopback as a secure origin).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o => o.Cookie.Name = "__Host-Tandem.Notice");
        services.AddPostRateLimits(builder.Configuration);
        services.AddTandemEmail(builder.Configuration);
        return builder;
    }
}

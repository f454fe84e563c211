using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Tandem.Core.Access;
using Tandem.Core.Audit;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Core.Consultations;
using Tandem.Core.Corrections;
using Tandem.Core.Dosing;
using Tandem.Core.Intake;
using Tandem.Core.Integration;
using Tandem.Core.Journal;
using Tandem.Core.Measures;
using Tandem.Core.Practices;
using Tandem.Core.Preparation;
using Tandem.Core.Register;
using Tandem.Core.Repair;
using Tandem.Core.RippleMap;
using Tandem.Core.Sharing;
using Tandem.Core.Scheduling;
using Tandem.Core.Treatment;
using Tandem.Data.Identity;

namespace Tandem.Data;

/// <summary>
/// One model for both providers. Add a migration to both sets at once with
/// <c>scripts/add-migration.sh NameOfChange</c>; never edit a generated migration.
/// </summary>
public sealed class TandemDbContext(DbContextOptions<TandemDbContext> options)
    : IdentityDbContext<TandemUser, IdentityRole<Guid>, Guid>(options)
{
    public DbSet<Practice> Practices => Set<Practice>();
    public DbSet<Client> Clients => Set<Client>();
    public DbSet<ClientInvitation> ClientInvitations => Set<ClientInvitation>();
    public DbSet<Case> Cases => Set<Case>();
    public DbSet<CaseParticipant> CaseParticipants => Set<CaseParticipant>();
    public DbSet<CaseTeamMember> CaseTeamMembers => Set<CaseTeamMember>();
    public DbSet<CaseStageChange> CaseStageChanges => Set<CaseStageChange>();
    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();
    public DbSet<AuditEvent> AuditEvents => Set<AuditEvent>();
    public DbSet<ConsultationHours> ConsultationHours => Set<ConsultationHours>();
    public DbSet<AvailabilityOverride> AvailabilityOverrides => Set<AvailabilityOverride>();
    public DbSet<FreeCallMethod> FreeCallMethods => Set<FreeCallMethod>();
    public DbSet<Prospect> Prospects => Set<Prospect>();
    public DbSet<ConsultationBooking> ConsultationBookings => Set<ConsultationBooking>();
    public DbSet<ContraindicationItem> ContraindicationItems => Set<ContraindicationItem>();
    public DbSet<IntakeForm> IntakeForms => Set<IntakeForm>();
    public DbSet<IntakeSubmission> IntakeSubmissions => Set<IntakeSubmission>();
    public DbSet<ConsentDocument> ConsentDocuments => Set<ConsentDocument>();
    public DbSet<ConsentSignature> ConsentSignatures => Set<ConsentSignature>();
    public DbSet<PrescriberReview> PrescriberReviews => Set<PrescriberReview>();
    public DbSet<PrescriberDecision> PrescriberDecisions => Set<PrescriberDecision>();
    public DbSet<QuestionnaireResponse> QuestionnaireResponses => Set<QuestionnaireResponse>();
    public DbSet<SafetyAlert> SafetyAlerts => Set<SafetyAlert>();
    public DbSet<MeasureReference> MeasureReferences => Set<MeasureReference>();
    public DbSet<Intention> Intentions => Set<Intention>();
    public DbSet<HotSpot> HotSpots => Set<HotSpot>();
    public DbSet<DosingSeries> Series => Set<DosingSeries>();
    public DbSet<SeriesSession> SeriesSessions => Set<SeriesSession>();
    public DbSet<DoseOrder> DoseOrders => Set<DoseOrder>();
    public DbSet<DosingSession> DosingSessions => Set<DosingSession>();
    public DbSet<DosingRecord> DosingRecords => Set<DosingRecord>();
    public DbSet<VitalsReading> VitalsReadings => Set<VitalsReading>();
    public DbSet<AdverseEvent> AdverseEvents => Set<AdverseEvent>();
    public DbSet<SafetyOverride> SafetyOverrides => Set<SafetyOverride>();
    public DbSet<DoseWarningNotice> DoseWarningNotices => Set<DoseWarningNotice>();
    public DbSet<DosingAmendment> DosingAmendments => Set<DosingAmendment>();
    public DbSet<IntegrationSession> IntegrationSessions => Set<IntegrationSession>();
    public DbSet<PracticeAssignment> PracticeAssignments => Set<PracticeAssignment>();
    public DbSet<HomePractice> HomePractices => Set<HomePractice>();
    public DbSet<JournalEntry> JournalEntries => Set<JournalEntry>();
    public DbSet<Room> Rooms => Set<Room>();
    public DbSet<SessionHours> SessionHours => Set<SessionHours>();
    public DbSet<Closure> Closures => Set<Closure>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<ReservedBlock> ReservedBlocks => Set<ReservedBlock>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<AppointmentNotice> AppointmentNotices => Set<AppointmentNotice>();
    public DbSet<StaffInvitation> StaffInvitations => Set<StaffInvitation>();
    public DbSet<PracticeProtocol> PracticeProtocols => Set<PracticeProtocol>();
    public DbSet<PracticeTexts> PracticeTexts => Set<PracticeTexts>();
    public DbSet<HomePracticeCheckIn> HomePracticeCheckIns => Set<HomePracticeCheckIn>();
    public DbSet<RepairEpisode> RepairEpisodes => Set<RepairEpisode>();
    public DbSet<RepairSide> RepairSides => Set<RepairSide>();
    public DbSet<Share> Shares => Set<Share>();
    public DbSet<MapSnapshot> MapSnapshots => Set<MapSnapshot>();
    public DbSet<MapPerson> MapPeople => Set<MapPerson>();
    public DbSet<ScheduledMap> ScheduledMaps => Set<ScheduledMap>();
    public DbSet<CorrectionRequest> CorrectionRequests => Set<CorrectionRequest>();
    public DbSet<StockProduct> StockProducts => Set<StockProduct>();
    public DbSet<StorageLocation> StorageLocations => Set<StorageLocation>();
    public DbSet<StockLot> StockLots => Set<StockLot>();
    public DbSet<StockBalance> StockBalances => Set<StockBalance>();
    public DbSet<RegisterEntry> RegisterEntries => Set<RegisterEntry>();
    public DbSet<RegisterSettings> RegisterSettings => Set<RegisterSettings>();
    public DbSet<RegisterReference> RegisterReferences => Set<RegisterReference>();
    public DbSet<StockCount> StockCounts => Set<StockCount>();
    public DbSet<StockCountLine> StockCountLines => Set<StockCountLine>();
    public DbSet<RegisterCustodian> RegisterCustodians => Set<RegisterCustodian>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(TandemDbContext).Assembly);
        builder.KeyByPractice();
    }
}

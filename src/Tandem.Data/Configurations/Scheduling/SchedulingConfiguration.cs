using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;
using Tandem.Core.Consultations;
using Tandem.Core.Scheduling;
using Tandem.Core.Treatment;

namespace Tandem.Data.Configurations.Scheduling;

internal sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(r => r.Name).HasMaxLength(Room.MaxNameLength);
        entity.HasIndex(r => new { r.PracticeId, r.Name }).IsUnique();
    }
}

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(a => a.SeriesSessionId).IsUnique();
        entity.HasIndex(a => new { a.CaseId, a.StartsAt });
        entity.HasIndex(a => new { a.PracticeId, a.StartsAt });
        entity.HasIndex(a => new { a.PracticeId, a.ClinicianId, a.StartsAt });
        entity.HasOne<SeriesSession>().WithMany().HasForeignKey(a => a.SeriesSessionId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Case>().WithMany().HasForeignKey(a => a.CaseId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Room>().WithMany().HasForeignKey(a => a.RoomId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(a => a.Blocks).WithOne().HasForeignKey(b => b.AppointmentId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ReservedBlockConfiguration : IEntityTypeConfiguration<ReservedBlock>
{
    public void Configure(EntityTypeBuilder<ReservedBlock> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(b => b.Resource).HasMaxLength(48);
        entity.HasIndex(b => new { b.Resource, b.StartsAt }).IsUnique();

        // A block belongs to exactly one holder: a series appointment or a consultation call.
        entity.ToTable(t => t.HasCheckConstraint("CK_ReservedBlocks_OneHolder", "(\"AppointmentId\" IS NULL) <> (\"ConsultationBookingId\" IS NULL)"));
        entity.HasOne<ConsultationBooking>().WithMany(b => b.Blocks).HasForeignKey(b => b.ConsultationBookingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(f => f.TokenHash).HasMaxLength(64);
        entity.HasIndex(f => f.TokenHash).IsUnique();
        entity.HasIndex(f => new { f.PracticeId, f.StaffId }).IsUnique();
        entity.HasOne<Tandem.Data.Identity.TandemUser>().WithMany().HasForeignKey(f => f.StaffId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AppointmentNoticeConfiguration : IEntityTypeConfiguration<AppointmentNotice>
{
    public void Configure(EntityTypeBuilder<AppointmentNotice> entity)
    {
        entity.ConfigurePracticeRecord();
        // One reminder per session, client, time and lead time, however many senders run; changes are sent each time.
        entity.HasIndex(n => new { n.PracticeId, n.SeriesSessionId, n.ClientId, n.StartsAt, n.DaysBefore }).IsUnique().HasFilter("\"Kind\" = 4");
        entity.HasIndex(n => new { n.PracticeId, n.SeriesSessionId, n.ClientId });
        entity.HasOne<SeriesSession>().WithMany().HasForeignKey(n => n.SeriesSessionId).OnDelete(DeleteBehavior.Restrict);
    }
}

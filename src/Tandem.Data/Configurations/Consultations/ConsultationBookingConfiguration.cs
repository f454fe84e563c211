using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;
using Tandem.Core.Consultations;
using Tandem.Data.Identity;

namespace Tandem.Data.Configurations.Consultations;

internal sealed class ConsultationBookingConfiguration : IEntityTypeConfiguration<ConsultationBooking>
{
    public void Configure(EntityTypeBuilder<ConsultationBooking> entity)
    {
        entity.ConfigurePracticeRecord();

        // No slot is ever booked twice: one live booking per clinician and start, enforced by the database.
        // The filter reads the same on SQLite and PostgreSQL.
        entity.HasIndex(b => new { b.ClinicianId, b.StartsAt })
            .IsUnique()
            .HasFilter("\"CancelledAt\" IS NULL")
            .HasDatabaseName("IX_ConsultationBookings_LiveSlot");
        entity.HasIndex(b => new { b.PracticeId, b.StartsAt });
        entity.Property(b => b.ManageTokenHash).HasMaxLength(64);
        entity.HasIndex(b => b.ManageTokenHash).IsUnique();
        entity.Property(b => b.OutcomeNote).HasMaxLength(ConsultationBooking.MaxNoteLength);
        entity.Property(b => b.ReferralNote).HasMaxLength(ConsultationBooking.MaxNoteLength);
        entity.HasOne(b => b.Prospect).WithMany().HasForeignKey(b => b.ProspectId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Case>().WithMany().HasForeignKey(b => b.CaseId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<TandemUser>().WithMany().HasForeignKey(b => b.ClinicianId).OnDelete(DeleteBehavior.Restrict);
    }
}

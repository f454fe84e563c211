using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Core.Integration;
using Tandem.Core.Journal;

namespace Tandem.Data.Configurations.Intake;

internal sealed class HomePracticeCheckInConfiguration : IEntityTypeConfiguration<HomePracticeCheckIn>
{
    public void Configure(EntityTypeBuilder<HomePracticeCheckIn> entity)
    {
        entity.ConfigurePracticeRecord();

        // One check-in per practice per day: two taps from two tabs update the same day rather than doubling it.
        entity.HasIndex(c => new { c.ClientId, c.HomePracticeId, c.Day }).IsUnique();
        entity.HasIndex(c => new { c.CaseId, c.ClientId, c.Day });
        entity.Property(c => c.Note).HasMaxLength(HomePracticeCheckIn.MaxNoteLength);
        entity.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<HomePractice>().WithMany().HasForeignKey(c => c.HomePracticeId).OnDelete(DeleteBehavior.Restrict);
    }
}

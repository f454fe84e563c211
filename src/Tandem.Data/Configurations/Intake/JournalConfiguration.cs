using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Clients;
using Tandem.Core.Journal;
using Tandem.Core.Preparation;
using Tandem.Core.Treatment;

namespace Tandem.Data.Configurations.Intake;

internal sealed class JournalEntryConfiguration : IEntityTypeConfiguration<JournalEntry>
{
    public void Configure(EntityTypeBuilder<JournalEntry> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(j => j.Title).HasMaxLength(JournalEntry.MaxTitleLength);
        entity.Property(j => j.Body).HasMaxLength(JournalEntry.MaxBodyLength);
        entity.HasIndex(j => new { j.PracticeId, j.AuthorClientId, j.WrittenAt });
        entity.HasOne<Client>().WithMany().HasForeignKey(j => j.AuthorClientId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Intention>().WithMany().HasForeignKey(j => j.IntentionId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<SeriesSession>().WithMany().HasForeignKey(j => j.SeriesSessionId).OnDelete(DeleteBehavior.Restrict);
    }
}

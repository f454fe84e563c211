using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core;
using Tandem.Core.Practices;

namespace Tandem.Data.Configurations;

/// <summary>What every practice-keyed row shares: the practice key, its stamps and the concurrency token.</summary>
internal static class PracticeRecordConfiguration
{
    public static void ConfigurePracticeRecord<T>(this EntityTypeBuilder<T> entity) where T : PracticeRecord
    {
        entity.HasKey(e => e.Id);

        // Ids are made in code (version-7 GUIDs), so a new child added to a loaded case's collection is inserted, not updated.
        entity.Property(e => e.Id).ValueGeneratedNever();
        entity.Property(e => e.Version).IsConcurrencyToken();
        entity.HasOne<Practice>().WithMany().HasForeignKey(e => e.PracticeId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(e => e.PracticeId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Audit;
using Tandem.Core.Practices;

namespace Tandem.Data.Configurations.Audit;

internal sealed class AuditEventConfiguration : IEntityTypeConfiguration<AuditEvent>
{
    public void Configure(EntityTypeBuilder<AuditEvent> entity)
    {
        entity.HasKey(e => e.Id);
        entity.HasOne<Practice>().WithMany().HasForeignKey(e => e.PracticeId).OnDelete(DeleteBehavior.Restrict);

        // The database refuses a fork: two links can never share a place in one practice's chain.
        entity.HasIndex(e => new { e.PracticeId, e.Sequence }).IsUnique();
        entity.HasIndex(e => new { e.PracticeId, e.ClientId });
        entity.Property(e => e.EntityType).HasMaxLength(64);
        entity.Property(e => e.EntityId).HasMaxLength(64);
        entity.Property(e => e.PreviousHash).HasMaxLength(64);
        entity.Property(e => e.Hash).HasMaxLength(64);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;

namespace Tandem.Data.Configurations.Cases;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(c => c.Name).HasMaxLength(200);
        entity.HasIndex(c => new { c.PracticeId, c.Stage });
        entity.HasMany(c => c.Participants).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(c => c.Team).WithOne().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(c => c.StageHistory).WithOne().HasForeignKey(h => h.CaseId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(c => c.Notes).WithOne().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

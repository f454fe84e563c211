using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;

namespace Tandem.Data.Configurations.Cases;

internal sealed class CaseParticipantConfiguration : IEntityTypeConfiguration<CaseParticipant>
{
    public void Configure(EntityTypeBuilder<CaseParticipant> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(p => new { p.CaseId, p.ClientId }).IsUnique();
        entity.HasIndex(p => new { p.PracticeId, p.ClientId });
        entity.HasOne(p => p.Client).WithMany().HasForeignKey(p => p.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

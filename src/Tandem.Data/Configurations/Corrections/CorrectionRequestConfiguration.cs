using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Core.Corrections;

namespace Tandem.Data.Configurations.Corrections;

internal sealed class CorrectionRequestConfiguration : IEntityTypeConfiguration<CorrectionRequest>
{
    public void Configure(EntityTypeBuilder<CorrectionRequest> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(c => c.What).HasMaxLength(CorrectionRequest.MaxTextLength);
        entity.Property(c => c.Why).HasMaxLength(CorrectionRequest.MaxTextLength);
        entity.Property(c => c.Reason).HasMaxLength(CorrectionRequest.MaxTextLength);
        entity.Property(c => c.Amendment).HasMaxLength(CorrectionRequest.MaxTextLength);
        entity.Property(c => c.Disagreement).HasMaxLength(CorrectionRequest.MaxTextLength);
        entity.HasIndex(c => new { c.PracticeId, c.ClientId, c.RequestedAt });
        entity.HasIndex(c => new { c.PracticeId, c.CaseId });
        entity.HasOne<Client>().WithMany().HasForeignKey(c => c.ClientId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Case>().WithMany().HasForeignKey(c => c.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;

namespace Tandem.Data.Configurations.Cases;

internal sealed class CaseStageChangeConfiguration : IEntityTypeConfiguration<CaseStageChange>
{
    public void Configure(EntityTypeBuilder<CaseStageChange> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(h => h.Reason).HasMaxLength(Case.MaxReasonLength);
        entity.HasIndex(h => new { h.CaseId, h.Number });
    }
}

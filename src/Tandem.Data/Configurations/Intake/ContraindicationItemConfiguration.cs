using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Intake;

namespace Tandem.Data.Configurations.Intake;

internal sealed class ContraindicationItemConfiguration : IEntityTypeConfiguration<ContraindicationItem>
{
    public void Configure(EntityTypeBuilder<ContraindicationItem> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(i => i.Text).HasMaxLength(300);
        entity.HasIndex(i => new { i.PracticeId, i.SortOrder });
    }
}

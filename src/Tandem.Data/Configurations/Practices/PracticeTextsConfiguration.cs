using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Practices;

namespace Tandem.Data.Configurations.Practices;

internal sealed class PracticeTextsConfiguration : IEntityTypeConfiguration<PracticeTexts>
{
    public void Configure(EntityTypeBuilder<PracticeTexts> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(t => t.PracticeId).IsUnique();
        entity.Property(t => t.BeforeDosing).HasMaxLength(PracticeTexts.MaxLength);
        entity.Property(t => t.CrisisResources).HasMaxLength(PracticeTexts.MaxLength);
    }
}

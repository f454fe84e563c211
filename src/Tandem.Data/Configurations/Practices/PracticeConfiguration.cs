using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Practices;

namespace Tandem.Data.Configurations.Practices;

internal sealed class PracticeConfiguration : IEntityTypeConfiguration<Practice>
{
    public void Configure(EntityTypeBuilder<Practice> entity)
    {
        entity.HasKey(p => p.Id);
        entity.Property(p => p.Slug).HasMaxLength(64);
        entity.HasIndex(p => p.Slug).IsUnique();
        entity.Property(p => p.Name).HasMaxLength(200);
        entity.Property(p => p.TimeZoneId).HasMaxLength(64);
        entity.Property(p => p.Version).IsConcurrencyToken();
    }
}

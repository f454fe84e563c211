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
        entity.Property(p => p.MinimumCellSize).HasDefaultValue(Core.Measures.SmallCells.DefaultMinimum);
        entity.Property(p => p.AnswerOpensDaysBefore).HasDefaultValue(Core.Measures.AnswerWindow.Default.OpensDaysBefore);
        entity.Property(p => p.AnswerClosesDaysAfter).HasDefaultValue(Core.Measures.AnswerWindow.Default.ClosesDaysAfter);

        // A practice already there when this column came requires it too. True is the value left to the database default;
        // without that sentinel, false (the CLR default) would be left to it instead and read back true.
        entity.Property(p => p.RequiresStaffTwoFactor).HasDefaultValue(true).HasSentinel(true);
    }
}

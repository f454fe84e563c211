using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;

namespace Tandem.Data.Configurations.Cases;

internal sealed class CaseNoteConfiguration : IEntityTypeConfiguration<CaseNote>
{
    public void Configure(EntityTypeBuilder<CaseNote> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(n => n.Text).HasMaxLength(CaseNote.MaxTextLength);
        entity.HasIndex(n => new { n.CaseId, n.CreatedAt });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;
using Tandem.Core.Treatment;

namespace Tandem.Data.Configurations.Treatment;

internal sealed class DosingSeriesConfiguration : IEntityTypeConfiguration<DosingSeries>
{
    public void Configure(EntityTypeBuilder<DosingSeries> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(s => new { s.PracticeId, s.CaseId, s.StartDate });
        entity.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(s => s.Sessions).WithOne().HasForeignKey(s => s.SeriesId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SeriesSessionConfiguration : IEntityTypeConfiguration<SeriesSession>
{
    public void Configure(EntityTypeBuilder<SeriesSession> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(s => new { s.SeriesId, s.Number }).IsUnique();
        entity.HasIndex(s => new { s.CaseId, s.Date });
        entity.Property(s => s.CancelReason).HasMaxLength(SeriesSession.MaxReasonLength);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Scheduling;
using Tandem.Data.Identity;

namespace Tandem.Data.Configurations.Scheduling;

internal sealed class SessionHoursConfiguration : IEntityTypeConfiguration<SessionHours>
{
    public void Configure(EntityTypeBuilder<SessionHours> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(h => new { h.PracticeId, h.ClinicianId });
        entity.HasOne<TandemUser>().WithMany().HasForeignKey(h => h.ClinicianId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ClosureConfiguration : IEntityTypeConfiguration<Closure>
{
    public void Configure(EntityTypeBuilder<Closure> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(c => c.Name).HasMaxLength(Closure.MaxNameLength);
        entity.HasIndex(c => new { c.PracticeId, c.LastDay });
    }
}

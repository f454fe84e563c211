using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Consultations;
using Tandem.Data.Identity;

namespace Tandem.Data.Configurations.Consultations;

internal sealed class AvailabilityOverrideConfiguration : IEntityTypeConfiguration<AvailabilityOverride>
{
    public void Configure(EntityTypeBuilder<AvailabilityOverride> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(o => new { o.PracticeId, o.ClinicianId, o.Date });
        entity.HasOne<TandemUser>().WithMany().HasForeignKey(o => o.ClinicianId).OnDelete(DeleteBehavior.Restrict);
    }
}

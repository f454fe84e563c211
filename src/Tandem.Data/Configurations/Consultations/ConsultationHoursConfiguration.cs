using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Consultations;
using Tandem.Data.Identity;

namespace Tandem.Data.Configurations.Consultations;

internal sealed class ConsultationHoursConfiguration : IEntityTypeConfiguration<ConsultationHours>
{
    public void Configure(EntityTypeBuilder<ConsultationHours> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(h => new { h.PracticeId, h.ClinicianId });
        entity.HasOne<TandemUser>().WithMany().HasForeignKey(h => h.ClinicianId).OnDelete(DeleteBehavior.Restrict);
    }
}

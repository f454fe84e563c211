using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Consultations;
using Tandem.Data.Identity;

namespace Tandem.Data.Configurations.Consultations;

internal sealed class FreeCallMethodConfiguration : IEntityTypeConfiguration<FreeCallMethod>
{
    public void Configure(EntityTypeBuilder<FreeCallMethod> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(m => m.ClinicianId).IsUnique();
        entity.Property(m => m.VideoLink).HasMaxLength(FreeCallMethod.MaxVideoLinkLength);
        entity.HasOne<TandemUser>().WithMany().HasForeignKey(m => m.ClinicianId).OnDelete(DeleteBehavior.Restrict);
    }
}

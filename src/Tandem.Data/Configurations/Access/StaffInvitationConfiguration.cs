using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Access;

namespace Tandem.Data.Configurations.Access;

internal sealed class StaffInvitationConfiguration : IEntityTypeConfiguration<StaffInvitation>
{
    public void Configure(EntityTypeBuilder<StaffInvitation> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(i => i.DisplayName).HasMaxLength(StaffInvitation.MaxNameLength);
        entity.Property(i => i.Email).HasMaxLength(256);
        entity.Property(i => i.TokenHash).HasMaxLength(64);
        entity.HasIndex(i => i.TokenHash).IsUnique();
        entity.HasIndex(i => new { i.PracticeId, i.Email });
    }
}

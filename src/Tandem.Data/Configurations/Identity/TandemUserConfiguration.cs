using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Practices;
using Tandem.Data.Identity;

namespace Tandem.Data.Configurations.Identity;

internal sealed class TandemUserConfiguration : IEntityTypeConfiguration<TandemUser>
{
    public void Configure(EntityTypeBuilder<TandemUser> entity)
    {
        entity.Property(u => u.DisplayName).HasMaxLength(TandemUser.MaxDisplayNameLength);
        entity.HasOne<Practice>().WithMany().HasForeignKey(u => u.PracticeId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(u => u.PracticeId);
    }
}

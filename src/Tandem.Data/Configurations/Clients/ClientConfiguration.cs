using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Clients;
using Tandem.Data.Identity;

namespace Tandem.Data.Configurations.Clients;

internal sealed class ClientConfiguration : IEntityTypeConfiguration<Client>
{
    public void Configure(EntityTypeBuilder<Client> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Ignore(c => c.FullName);
        entity.Property(c => c.FirstName).HasMaxLength(100);
        entity.Property(c => c.LastName).HasMaxLength(100);
        entity.Property(c => c.Email).HasMaxLength(256);
        entity.Property(c => c.Phone).HasMaxLength(40);
        entity.HasIndex(c => new { c.PracticeId, c.Email }).IsUnique();
        entity.HasIndex(c => c.UserId).IsUnique();
        entity.HasOne<TandemUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

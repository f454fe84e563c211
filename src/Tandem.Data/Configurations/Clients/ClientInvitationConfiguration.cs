using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Clients;

namespace Tandem.Data.Configurations.Clients;

internal sealed class ClientInvitationConfiguration : IEntityTypeConfiguration<ClientInvitation>
{
    public void Configure(EntityTypeBuilder<ClientInvitation> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(i => i.TokenHash).HasMaxLength(64);
        entity.HasIndex(i => i.TokenHash).IsUnique();
        entity.HasOne<Client>().WithMany().HasForeignKey(i => i.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

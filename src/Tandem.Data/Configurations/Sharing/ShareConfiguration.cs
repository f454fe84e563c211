using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Core.Sharing;

namespace Tandem.Data.Configurations.Sharing;

internal sealed class ShareConfiguration : IEntityTypeConfiguration<Share>
{
    public void Configure(EntityTypeBuilder<Share> entity)
    {
        entity.ConfigurePracticeRecord();

        // An item is shared into a case once; changing who reads it there changes that share.
        entity.HasIndex(s => new { s.PracticeId, s.Kind, s.ItemId, s.CaseId }).IsUnique();
        entity.HasIndex(s => new { s.PracticeId, s.CaseId, s.Kind });
        entity.HasOne<Client>().WithMany().HasForeignKey(s => s.OwnerClientId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Case>().WithMany().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Core.Preparation;

namespace Tandem.Data.Configurations.Intake;

internal sealed class IntentionConfiguration : IEntityTypeConfiguration<Intention>
{
    public void Configure(EntityTypeBuilder<Intention> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(i => i.Text).HasMaxLength(Intention.MaxTextLength);
        entity.HasIndex(i => new { i.PracticeId, i.AuthorClientId });
        entity.HasIndex(i => i.SharedInCaseId);
        entity.HasOne<Client>().WithMany().HasForeignKey(i => i.AuthorClientId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Case>().WithMany().HasForeignKey(i => i.SharedInCaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class HotSpotConfiguration : IEntityTypeConfiguration<HotSpot>
{
    public void Configure(EntityTypeBuilder<HotSpot> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(h => h.Situation).HasMaxLength(HotSpot.MaxTextLength);
        entity.Property(h => h.Feeling).HasMaxLength(HotSpot.MaxTextLength);
        entity.Property(h => h.UsualResponse).HasMaxLength(HotSpot.MaxTextLength);
        entity.HasIndex(h => new { h.PracticeId, h.AuthorClientId });
        entity.HasOne<Client>().WithMany().HasForeignKey(h => h.AuthorClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

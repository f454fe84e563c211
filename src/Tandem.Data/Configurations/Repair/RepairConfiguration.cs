using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Core.Repair;

namespace Tandem.Data.Configurations.Repair;

internal sealed class RepairEpisodeConfiguration : IEntityTypeConfiguration<RepairEpisode>
{
    public void Configure(EntityTypeBuilder<RepairEpisode> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(e => new { e.CaseId, e.OccurredOn });
        entity.HasOne<Case>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(e => e.Sides).WithOne().HasForeignKey(s => s.EpisodeId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RepairSideConfiguration : IEntityTypeConfiguration<RepairSide>
{
    public void Configure(EntityTypeBuilder<RepairSide> entity)
    {
        entity.ConfigurePracticeRecord();

        // Each partner tells an episode once: two tabs cannot give one person two sides.
        entity.HasIndex(s => new { s.EpisodeId, s.ClientId }).IsUnique();
        entity.Property(s => s.WhatSetItOff).HasMaxLength(RepairSide.MaxTextLength);
        entity.Property(s => s.EarlySigns).HasMaxLength(RepairSide.MaxTextLength);
        entity.Property(s => s.NextTime).HasMaxLength(RepairSide.MaxTextLength);
        entity.HasOne<Client>().WithMany().HasForeignKey(s => s.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

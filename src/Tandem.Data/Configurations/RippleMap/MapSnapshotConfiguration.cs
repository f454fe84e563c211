using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Core.RippleMap;
using Tandem.Core.Treatment;

namespace Tandem.Data.Configurations.RippleMap;

internal sealed class MapSnapshotConfiguration : IEntityTypeConfiguration<MapSnapshot>
{
    public void Configure(EntityTypeBuilder<MapSnapshot> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(s => new { s.PracticeId, s.ClientId, s.DrawnAt });
        entity.HasOne<Client>().WithMany().HasForeignKey(s => s.ClientId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(s => s.People).WithOne().HasForeignKey(p => p.SnapshotId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MapPersonConfiguration : IEntityTypeConfiguration<MapPerson>
{
    public void Configure(EntityTypeBuilder<MapPerson> entity)
    {
        entity.ConfigurePracticeRecord();

        // A person is on a snapshot once; the same person id on the next snapshot is the same person, carried forward.
        entity.HasIndex(p => new { p.SnapshotId, p.PersonId }).IsUnique();
        entity.Property(p => p.Label).HasMaxLength(MapLabel.MaxLength);
        entity.Property(p => p.WhatChanged).HasMaxLength(MapPerson.MaxWhatChangedLength);
        entity.Ignore(p => p.Domain);
    }
}

internal sealed class ScheduledMapConfiguration : IEntityTypeConfiguration<ScheduledMap>
{
    public void Configure(EntityTypeBuilder<ScheduledMap> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(m => new { m.PracticeId, m.ClientId, m.DueOn });

        // The overdue list reads a team's undrawn maps case by case.
        entity.HasIndex(m => new { m.PracticeId, m.CaseId, m.DueOn }, "IX_ScheduledMaps_Undrawn").HasFilter("\"SnapshotId\" IS NULL");

        // One map per client at each point of a series: rescheduling moves it, and its one reminder is recorded on it.
        entity.HasIndex(m => new { m.CaseId, m.ClientId, m.SeriesId, m.Timepoint }).IsUnique();
        entity.HasOne<DosingSeries>().WithMany().HasForeignKey(m => m.SeriesId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Client>().WithMany().HasForeignKey(m => m.ClientId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Case>().WithMany().HasForeignKey(m => m.CaseId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<MapSnapshot>().WithMany().HasForeignKey(m => m.SnapshotId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Clients;
using Tandem.Core.RippleMap;

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

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Clients;
using Tandem.Core.Dosing;
using Tandem.Core.Register;
using Tandem.Core.Scheduling;
using Tandem.Data.Identity;

namespace Tandem.Data.Configurations.Register;

internal sealed class StockProductConfiguration : IEntityTypeConfiguration<StockProduct>
{
    public void Configure(EntityTypeBuilder<StockProduct> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(p => p.Name).HasMaxLength(StockProduct.MaxNameLength);
        entity.Property(p => p.MgPerUnit).HasPrecision(9, 3);
        entity.HasIndex(p => new { p.PracticeId, p.Name }).IsUnique();
    }
}

internal sealed class StorageLocationConfiguration : IEntityTypeConfiguration<StorageLocation>
{
    public void Configure(EntityTypeBuilder<StorageLocation> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(l => l.Name).HasMaxLength(StorageLocation.MaxNameLength);
        entity.HasIndex(l => new { l.PracticeId, l.Name }).IsUnique();
        entity.HasOne<Room>().WithMany().HasForeignKey(l => l.RoomId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RegisterReferenceConfiguration : IEntityTypeConfiguration<RegisterReference>
{
    public void Configure(EntityTypeBuilder<RegisterReference> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(r => new { r.PracticeId, r.ClientId }).IsUnique();
        entity.HasIndex(r => new { r.PracticeId, r.Number }).IsUnique();
        entity.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RegisterSettingsConfiguration : IEntityTypeConfiguration<RegisterSettings>
{
    public void Configure(EntityTypeBuilder<RegisterSettings> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(s => s.PracticeId).IsUnique();
    }
}

internal sealed class StockLotConfiguration : IEntityTypeConfiguration<StockLot>
{
    public void Configure(EntityTypeBuilder<StockLot> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(l => l.Number).HasMaxLength(StockLot.MaxNumberLength);
        entity.HasIndex(l => new { l.PracticeId, l.ProductId, l.Number }).IsUnique();
        entity.HasOne<StockProduct>().WithMany().HasForeignKey(l => l.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StockBalanceConfiguration : IEntityTypeConfiguration<StockBalance>
{
    public void Configure(EntityTypeBuilder<StockBalance> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(b => new { b.LotId, b.LocationId }).IsUnique();

        // The last word on a balance below zero, whatever the code above it does: an integer, so both databases compare numbers.
        entity.ToTable(t => t.HasCheckConstraint("CK_StockBalances_NotBelowZero", "\"Balance\" >= 0"));
        entity.HasOne<StockLot>().WithMany().HasForeignKey(b => b.LotId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<StorageLocation>().WithMany().HasForeignKey(b => b.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RegisterEntryConfiguration : IEntityTypeConfiguration<RegisterEntry>
{
    public void Configure(EntityTypeBuilder<RegisterEntry> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.ToTable(t => t.HasCheckConstraint("CK_RegisterEntries_BalanceNotBelowZero", "\"BalanceAfter\" >= 0"));
        entity.HasIndex(e => new { e.PracticeId, e.RecordedAt });
        entity.HasIndex(e => new { e.LotId, e.LocationId, e.RecordedAt });
        foreach (var text in new[] { nameof(RegisterEntry.SupplierName), nameof(RegisterEntry.SupplierAddress), nameof(RegisterEntry.Reason), nameof(RegisterEntry.WitnessName), nameof(RegisterEntry.WitnessAuthority) })
        {
            entity.Property(text).HasMaxLength(RegisterEntry.MaxTextLength);
        }

        foreach (var reference in new[] { nameof(RegisterEntry.SupplierRegistration), nameof(RegisterEntry.InvoiceNumber), nameof(RegisterEntry.ReportReference) })
        {
            entity.Property(reference).HasMaxLength(RegisterEntry.MaxReferenceLength);
        }

        entity.HasOne<StockLot>().WithMany().HasForeignKey(e => e.LotId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<StorageLocation>().WithMany().HasForeignKey(e => e.LocationId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<StorageLocation>().WithMany().HasForeignKey(e => e.OtherLocationId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<RegisterEntry>().WithMany().HasForeignKey(e => e.CorrectsEntryId).OnDelete(DeleteBehavior.Restrict);

        // One adjustment per count line, however many prescribers resolve it at once.
        entity.HasIndex(e => e.CountLineId).IsUnique();
        entity.HasOne<StockCountLine>().WithMany().HasForeignKey(e => e.CountLineId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<TandemUser>().WithMany().HasForeignKey(e => e.RecordedById).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<DosingRecord>().WithMany().HasForeignKey(e => e.DosingRecordId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Client>().WithMany().HasForeignKey(e => e.ClientId).OnDelete(DeleteBehavior.Restrict);
        entity.HasIndex(e => e.DosingRecordId);
    }
}

internal sealed class StockCountConfiguration : IEntityTypeConfiguration<StockCount>
{
    public void Configure(EntityTypeBuilder<StockCount> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(c => c.WitnessName).HasMaxLength(RegisterEntry.MaxTextLength);
        entity.HasIndex(c => new { c.PracticeId, c.LocationId, c.CountedOn });
        entity.HasOne<StorageLocation>().WithMany().HasForeignKey(c => c.LocationId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<TandemUser>().WithMany().HasForeignKey(c => c.CountedById).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class StockCountLineConfiguration : IEntityTypeConfiguration<StockCountLine>
{
    public void Configure(EntityTypeBuilder<StockCountLine> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Ignore(l => l.Difference);
        entity.Property(l => l.Reason).HasMaxLength(RegisterEntry.MaxTextLength);
        entity.HasIndex(l => new { l.CountId, l.LotId }).IsUnique();
        entity.HasIndex(l => new { l.PracticeId, l.LotId, l.LocationId });
        entity.HasOne<StockCount>().WithMany().HasForeignKey(l => l.CountId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<StockLot>().WithMany().HasForeignKey(l => l.LotId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<StorageLocation>().WithMany().HasForeignKey(l => l.LocationId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RegisterCustodianConfiguration : IEntityTypeConfiguration<RegisterCustodian>
{
    public void Configure(EntityTypeBuilder<RegisterCustodian> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(c => new { c.PracticeId, c.UserId }).IsUnique();
        entity.HasOne<TandemUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Restrict);
    }
}

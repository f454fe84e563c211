using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Core.Dosing;
using Tandem.Core.Treatment;

namespace Tandem.Data.Configurations.Dosing;

internal sealed class DoseOrderConfiguration : IEntityTypeConfiguration<DoseOrder>
{
    public void Configure(EntityTypeBuilder<DoseOrder> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(o => new { o.SeriesSessionId, o.ClientId }).IsUnique();
        entity.HasIndex(o => o.CaseId);
        entity.Property(o => o.Mg).HasPrecision(7, 2);
        entity.Property(o => o.BoosterMaxMg).HasPrecision(7, 2);
        entity.Property(o => o.Note).HasMaxLength(DoseOrder.MaxNoteLength);
        entity.Property(o => o.OutsideBandReason).HasMaxLength(DoseOrder.MaxReasonLength);
        entity.HasOne<SeriesSession>().WithMany().HasForeignKey(o => o.SeriesSessionId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Client>().WithMany().HasForeignKey(o => o.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DosingSessionConfiguration : IEntityTypeConfiguration<DosingSession>
{
    public void Configure(EntityTypeBuilder<DosingSession> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(d => d.SeriesSessionId).IsUnique();
        entity.HasIndex(d => d.CaseId);
        entity.Property(d => d.Room).HasMaxLength(DosingSession.MaxShortLength);
        entity.Property(d => d.Playlist).HasMaxLength(DosingSession.MaxShortLength);
        entity.Property(d => d.Observations).HasMaxLength(DosingSession.MaxTextLength);
        entity.HasOne<SeriesSession>().WithMany().HasForeignKey(d => d.SeriesSessionId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Case>().WithMany().HasForeignKey(d => d.CaseId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(d => d.Records).WithOne().HasForeignKey(r => r.DosingSessionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DosingRecordConfiguration : IEntityTypeConfiguration<DosingRecord>
{
    public void Configure(EntityTypeBuilder<DosingRecord> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(r => new { r.DosingSessionId, r.ClientId }).IsUnique();
        entity.HasIndex(r => new { r.PracticeId, r.ClientId });
        entity.Property(r => r.Medication).HasMaxLength(DosingSession.MaxShortLength);
        entity.Property(r => r.LotNumber).HasMaxLength(DosingSession.MaxShortLength);
        entity.Property(r => r.EscortName).HasMaxLength(DosingSession.MaxShortLength);
        entity.Property(r => r.EscortPhone).HasMaxLength(DosingSession.MaxShortLength);
        entity.Property(r => r.WeightKg).HasPrecision(5, 1);
        entity.Property(r => r.DoseMg).HasPrecision(7, 2);
        entity.Property(r => r.BoosterMg).HasPrecision(7, 2);
        entity.Property(r => r.EarlierUnsignedReason).HasMaxLength(DosingRecord.MaxReasonLength);
        entity.Ignore(r => r.MgPerKg);
        entity.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(r => r.Vitals).WithOne().HasForeignKey(v => v.DosingRecordId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(r => r.AdverseEvents).WithOne().HasForeignKey(a => a.DosingRecordId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VitalsReadingConfiguration : IEntityTypeConfiguration<VitalsReading>
{
    public void Configure(EntityTypeBuilder<VitalsReading> entity) => entity.ConfigurePracticeRecord();
}

internal sealed class AdverseEventConfiguration : IEntityTypeConfiguration<AdverseEvent>
{
    public void Configure(EntityTypeBuilder<AdverseEvent> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(a => a.Description).HasMaxLength(AdverseEvent.MaxTextLength);
        entity.Property(a => a.Action).HasMaxLength(AdverseEvent.MaxTextLength);
    }
}

internal sealed class SafetyOverrideConfiguration : IEntityTypeConfiguration<SafetyOverride>
{
    public void Configure(EntityTypeBuilder<SafetyOverride> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(o => new { o.DosingRecordId, o.Check }).IsUnique();
        entity.HasIndex(o => o.CaseId);
        entity.Property(o => o.Finding).HasMaxLength(AdverseEvent.MaxTextLength);
        entity.Property(o => o.Reason).HasMaxLength(SafetyOverride.MaxReasonLength);
        entity.HasOne<DosingRecord>().WithMany().HasForeignKey(o => o.DosingRecordId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DoseWarningNoticeConfiguration : IEntityTypeConfiguration<DoseWarningNotice>
{
    public void Configure(EntityTypeBuilder<DoseWarningNotice> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(n => new { n.DosingRecordId, n.Check }).IsUnique();
        entity.HasOne<DosingRecord>().WithMany().HasForeignKey(n => n.DosingRecordId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class DosingAmendmentConfiguration : IEntityTypeConfiguration<DosingAmendment>
{
    public void Configure(EntityTypeBuilder<DosingAmendment> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(a => a.DosingSessionId);
        entity.Property(a => a.Correction).HasMaxLength(DosingSession.MaxTextLength);
        entity.Property(a => a.Reason).HasMaxLength(SafetyOverride.MaxReasonLength);
        entity.HasOne<DosingSession>().WithMany().HasForeignKey(a => a.DosingSessionId).OnDelete(DeleteBehavior.Restrict);
    }
}

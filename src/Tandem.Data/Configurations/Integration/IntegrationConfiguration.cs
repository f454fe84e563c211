using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Core.Integration;
using Tandem.Core.Treatment;

namespace Tandem.Data.Configurations.Integration;

internal sealed class IntegrationSessionConfiguration : IEntityTypeConfiguration<IntegrationSession>
{
    public void Configure(EntityTypeBuilder<IntegrationSession> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(i => i.SeriesSessionId).IsUnique();
        entity.HasIndex(i => i.CaseId);
        entity.Property(i => i.ClinicianNotes).HasMaxLength(IntegrationSession.MaxTextLength);
        entity.Property(i => i.SharedInsights).HasMaxLength(IntegrationSession.MaxTextLength);
        entity.HasOne<SeriesSession>().WithMany().HasForeignKey(i => i.SeriesSessionId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Case>().WithMany().HasForeignKey(i => i.CaseId).OnDelete(DeleteBehavior.Restrict);
        entity.HasMany(i => i.Practices).WithOne().HasForeignKey(p => p.IntegrationSessionId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PracticeAssignmentConfiguration : IEntityTypeConfiguration<PracticeAssignment>
{
    public void Configure(EntityTypeBuilder<PracticeAssignment> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(a => new { a.IntegrationSessionId, a.ClientId, a.HomePracticeId }).IsUnique();
        entity.HasIndex(a => new { a.PracticeId, a.ClientId });
        entity.HasOne(a => a.HomePractice).WithMany().HasForeignKey(a => a.HomePracticeId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Client>().WithMany().HasForeignKey(a => a.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class HomePracticeConfiguration : IEntityTypeConfiguration<HomePractice>
{
    public void Configure(EntityTypeBuilder<HomePractice> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(p => p.Name).HasMaxLength(HomePractice.MaxNameLength);
        entity.Property(p => p.Description).HasMaxLength(HomePractice.MaxDescriptionLength);
        entity.HasIndex(p => new { p.PracticeId, p.Name }).IsUnique();
    }
}

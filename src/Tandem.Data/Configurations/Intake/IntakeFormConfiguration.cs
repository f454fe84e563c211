using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Core.Intake;

namespace Tandem.Data.Configurations.Intake;

internal sealed class IntakeFormConfiguration : IEntityTypeConfiguration<IntakeForm>
{
    public void Configure(EntityTypeBuilder<IntakeForm> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(f => new { f.CaseId, f.ClientId }).IsUnique();
        entity.HasOne<Case>().WithMany().HasForeignKey(f => f.CaseId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Client>().WithMany().HasForeignKey(f => f.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class IntakeSubmissionConfiguration : IEntityTypeConfiguration<IntakeSubmission>
{
    public void Configure(EntityTypeBuilder<IntakeSubmission> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Ignore(s => s.Answers);
        entity.HasIndex(s => new { s.IntakeFormId, s.Number }).IsUnique();
        entity.HasIndex(s => new { s.CaseId, s.ClientId });
        entity.HasOne<IntakeForm>().WithMany().HasForeignKey(s => s.IntakeFormId).OnDelete(DeleteBehavior.Restrict);
    }
}

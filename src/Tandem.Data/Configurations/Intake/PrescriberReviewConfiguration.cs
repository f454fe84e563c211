using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;
using Tandem.Core.Intake;

namespace Tandem.Data.Configurations.Intake;

internal sealed class PrescriberReviewConfiguration : IEntityTypeConfiguration<PrescriberReview>
{
    public void Configure(EntityTypeBuilder<PrescriberReview> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(r => new { r.CaseId, r.ClientId }).IsUnique();
        entity.Property(r => r.Reason).HasMaxLength(PrescriberReview.MaxTextLength);
        entity.Property(r => r.Question).HasMaxLength(PrescriberReview.MaxTextLength);
        entity.Property(r => r.ClientReply).HasMaxLength(PrescriberReview.MaxTextLength);
        entity.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PrescriberDecisionConfiguration : IEntityTypeConfiguration<PrescriberDecision>
{
    public void Configure(EntityTypeBuilder<PrescriberDecision> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(d => d.Text).HasMaxLength(PrescriberReview.MaxTextLength);
        entity.HasIndex(d => new { d.ReviewId, d.At });
        entity.HasOne<PrescriberReview>().WithMany().HasForeignKey(d => d.ReviewId).OnDelete(DeleteBehavior.Restrict);
    }
}

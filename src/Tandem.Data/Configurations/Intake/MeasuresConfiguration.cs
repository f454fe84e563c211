using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;
using Tandem.Core.Clients;
using Tandem.Core.Measures;
using Tandem.Core.Treatment;

namespace Tandem.Data.Configurations.Intake;

internal sealed class QuestionnaireResponseConfiguration : IEntityTypeConfiguration<QuestionnaireResponse>
{
    public void Configure(EntityTypeBuilder<QuestionnaireResponse> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Ignore(r => r.Answers);
        entity.Ignore(r => r.Instrument);
        entity.Property(r => r.InstrumentCode).HasMaxLength(16);
        entity.Property(r => r.InstrumentVersion).HasMaxLength(16);
        entity.Property(r => r.Timepoint).HasConversion(t => t.Code, code => Timepoint.Parse(code)).HasMaxLength(100);
        entity.Property(r => r.AnswersJson).HasMaxLength(2000);
        entity.HasIndex(r => new { r.PracticeId, r.ClientId, r.DueOn });

        // The overdue lists read a team's unanswered questionnaires case by case; answered ones are most of the table.
        entity.HasIndex(r => new { r.PracticeId, r.CaseId, r.DueOn }, "IX_QuestionnaireResponses_Unanswered").HasFilter("\"SubmittedAt\" IS NULL");

        // The outcome report reads the answered questionnaires of every client in its range from this index alone: the
        // rows themselves carry each item's answer, and reading them took most of the report's time at 10,000 clients.
        entity.HasIndex(
            r => new { r.PracticeId, r.ClientId, r.Timepoint, r.SubmittedAt, r.Score, r.CaseId, r.SeriesId, r.InstrumentCode, r.InstrumentVersion, r.Id },
            "IX_QuestionnaireResponses_Answered").HasFilter("\"SubmittedAt\" IS NOT NULL");
        entity.HasIndex(r => new { r.CaseId, r.ClientId, r.InstrumentCode, r.Timepoint, r.SeriesId }).IsUnique();
        entity.HasIndex(r => new { r.CaseId, r.ClientId, r.InstrumentCode, r.Timepoint }, "IX_QuestionnaireResponses_Intake").IsUnique().HasFilter("\"SeriesId\" IS NULL");
        entity.HasOne<DosingSeries>().WithMany().HasForeignKey(r => r.SeriesId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Client>().WithMany().HasForeignKey(r => r.ClientId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class SafetyAlertConfiguration : IEntityTypeConfiguration<SafetyAlert>
{
    public void Configure(EntityTypeBuilder<SafetyAlert> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(a => a.FollowUpAction).HasMaxLength(SafetyAlert.MaxActionLength);
        entity.HasIndex(a => new { a.PracticeId, a.FollowedUpAt });

        // One alert per questionnaire, however often an alarming answer is saved.
        entity.HasIndex(a => new { a.PracticeId, a.ResponseId }).IsUnique();
        entity.HasOne<QuestionnaireResponse>().WithMany().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeasureReferenceConfiguration : IEntityTypeConfiguration<MeasureReference>
{
    public void Configure(EntityTypeBuilder<MeasureReference> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(r => r.InstrumentCode).HasMaxLength(16);
        entity.Property(r => r.Source).HasMaxLength(MeasureReference.SourceMaxLength);
        entity.HasIndex(r => new { r.PracticeId, r.InstrumentCode }).IsUnique();
    }
}

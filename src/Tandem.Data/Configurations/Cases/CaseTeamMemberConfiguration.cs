using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Cases;
using Tandem.Data.Identity;

namespace Tandem.Data.Configurations.Cases;

internal sealed class CaseTeamMemberConfiguration : IEntityTypeConfiguration<CaseTeamMember>
{
    public void Configure(EntityTypeBuilder<CaseTeamMember> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.HasIndex(t => new { t.CaseId, t.StaffId }).IsUnique();
        entity.HasIndex(t => new { t.PracticeId, t.StaffId });
        entity.HasOne<TandemUser>().WithMany().HasForeignKey(t => t.StaffId).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Consultations;

namespace Tandem.Data.Configurations.Consultations;

internal sealed class ProspectConfiguration : IEntityTypeConfiguration<Prospect>
{
    public void Configure(EntityTypeBuilder<Prospect> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Ignore(p => p.CaseName);
        entity.Property(p => p.FirstName).HasMaxLength(100);
        entity.Property(p => p.LastName).HasMaxLength(100);
        entity.Property(p => p.Email).HasMaxLength(256);
        entity.Property(p => p.Phone).HasMaxLength(40);
        entity.Property(p => p.PartnerFirstName).HasMaxLength(100);
        entity.Property(p => p.PartnerLastName).HasMaxLength(100);
        entity.Property(p => p.PartnerEmail).HasMaxLength(256);
        entity.Property(p => p.Hopes).HasMaxLength(Prospect.MaxHopesLength);
    }
}

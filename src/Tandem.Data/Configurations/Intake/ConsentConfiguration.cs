using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Clients;
using Tandem.Core.Intake;

namespace Tandem.Data.Configurations.Intake;

internal sealed class ConsentDocumentConfiguration : IEntityTypeConfiguration<ConsentDocument>
{
    public void Configure(EntityTypeBuilder<ConsentDocument> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(d => d.Title).HasMaxLength(200);
        entity.Property(d => d.Body).HasMaxLength(ConsentDocument.MaxBodyLength);
        entity.HasIndex(d => new { d.PracticeId, d.Kind, d.Number }).IsUnique();
    }
}

internal sealed class ConsentSignatureConfiguration : IEntityTypeConfiguration<ConsentSignature>
{
    public void Configure(EntityTypeBuilder<ConsentSignature> entity)
    {
        entity.ConfigurePracticeRecord();
        entity.Property(s => s.TypedName).HasMaxLength(200);
        entity.HasIndex(s => new { s.ClientId, s.ConsentDocumentId }).IsUnique();
        entity.HasOne<ConsentDocument>().WithMany().HasForeignKey(s => s.ConsentDocumentId).OnDelete(DeleteBehavior.Restrict);
        entity.HasOne<Client>().WithMany().HasForeignKey(s => s.ClientId).OnDelete(DeleteBehavior.Restrict);
    }
}

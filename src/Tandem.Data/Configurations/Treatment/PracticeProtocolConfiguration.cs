using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Tandem.Core.Treatment;

namespace Tandem.Data.Configurations.Treatment;

internal sealed class PracticeProtocolConfiguration : IEntityTypeConfiguration<PracticeProtocol>
{
    public void Configure(EntityTypeBuilder<PracticeProtocol> entity)
    {
        entity.ConfigurePracticeRecord();

        // Two prescribers saving at once would both take the next number; the index lets only one have it.
        entity.HasIndex(p => new { p.PracticeId, p.Number }).IsUnique();
        entity.Property(p => p.Reason).HasMaxLength(PracticeProtocol.MaxReasonLength);

        // One document, so a setting added later reads its default from versions saved before it existed.
        entity.Property(p => p.Settings).HasMaxLength(4000).HasConversion(
            settings => JsonSerializer.Serialize(settings, JsonSerializerOptions.Default),
            json => JsonSerializer.Deserialize<ProtocolSettings>(json, JsonSerializerOptions.Default)!);
    }
}

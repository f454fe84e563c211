using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Tandem.Data;

/// <summary>Instants are stored as UTC; SQLite forgets the kind on the way back, so it is restored here.</summary>
internal sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));

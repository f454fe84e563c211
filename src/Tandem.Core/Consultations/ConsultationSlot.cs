using System.Globalization;

namespace Tandem.Core.Consultations;

/// <summary>An offered call: a clinician and a start and end instant (UTC).</summary>
public sealed record ConsultationSlot(Guid ClinicianId, DateTime StartUtc, DateTime EndUtc)
{
    private const string Format = "yyyyMMddHHmm";

    /// <summary>The slot as a form value, e.g. <c>3f2a…-202701051420</c>.</summary>
    public string Key => $"{ClinicianId:N}-{StartUtc.ToString(Format, CultureInfo.InvariantCulture)}";

    public static bool TryParseKey(string? key, out Guid clinicianId, out DateTime startUtc)
    {
        clinicianId = Guid.Empty;
        startUtc = default;
        var parts = key?.Split('-');
        return parts is [var id, var start]
            && Guid.TryParseExact(id, "N", out clinicianId)
            && DateTime.TryParseExact(start, Format, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out startUtc);
    }
}

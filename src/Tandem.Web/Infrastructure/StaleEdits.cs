using System.Security.Cryptography;
using System.Text;
using Tandem.Core;

namespace Tandem.Web.Infrastructure;

/// <summary>
/// No edit silently lost. A form that changes or deletes a record posts back the version its page showed, in a field
/// whose name ends in "Version"; the handler asks <see cref="IsAsShown"/> before it changes anything and, when the record
/// has moved on, refuses with <see cref="Refusals.AddStale"/>, saying what the record is now. A change someone commits between
/// that check and the save makes the save fail instead of being overwritten (<see cref="StaleEditFilter"/> answers it).
/// </summary>
public static class StaleEdits
{
    /// <summary>
    /// Whether <paramref name="record"/>, as loaded for this request, is still the version the page showed. The save then
    /// checks the loaded version again (it is the concurrency token), so the update or delete only happens if the row
    /// still carries it.
    /// </summary>
    public static bool IsAsShown(this PracticeRecord record, Guid? shown) => shown is { } version && record.Version == version;

    /// <summary>
    /// One version for a set of records, for a form that decides which records there are (who reads an item) or acts on
    /// them all at once (signing a dosing record). Records not saved yet have no version and do not count.
    /// </summary>
    public static Guid VersionOf(IEnumerable<PracticeRecord> records)
    {
        var rows = string.Join(';', records.Where(r => r.Version != Guid.Empty).Select(r => $"{r.Id:N}={r.Version:N}").Order(StringComparer.Ordinal));
        return new Guid(SHA256.HashData(Encoding.UTF8.GetBytes(rows)).AsSpan(0, 16));
    }

    /// <summary>What a stale edit is refused with (<see cref="Refusals.AddStale"/>): what changed and what it is now.</summary>
    public static string StaleMessage(string what, string now) => $"{what} changed since you opened this page: {now}. Nothing was saved.";
}

using System.Globalization;
using CsvHelper;
using Tandem.Core.RippleMap;

namespace Tandem.Web.Pages.Reports;

/// <summary>
/// The ripple rows' row-level export: one row per client, course and map drawn for the schedule, pseudonymous, in days since
/// the course's baseline map. Counts and means only: a label is the client's own words and is never exported.
/// </summary>
public static class MapCsv
{
    public static readonly string[] Header =
    [
        "client", "course", "timepoint", "days_since_baseline", "people", "inner_circle",
        "closeness_family", "closeness_friends", "closeness_work", "closeness_community", "moved_inward", "moved_outward", "added", "lost",
    ];

    public static void Write(TextWriter destination, IEnumerable<MapOutcomeData.Drawn> drawn)
    {
        using var csv = CsvWriter.Create(destination, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true);
        csv.WriteRecord(Header);
        foreach (var d in drawn)
        {
            var f = d.Figures;
            string N(int n) => n.ToString(CultureInfo.InvariantCulture);
            string Closeness(LifeDomain domain) => f.Closeness.TryGetValue(domain, out var mean) ? mean.ToString("0.##", CultureInfo.InvariantCulture) : "";

            // The baseline is what later maps are compared with, so it has no movement of its own.
            string Moved(int n) => d.Timepoint == MapTimepoint.Baseline ? "" : N(n);
            csv.WriteRecord(
            [
                d.Pseudonym, N(d.Course), d.Timepoint.Name(), N(d.DaysSinceBaseline), N(f.People), N(f.Inner),
                Closeness(LifeDomain.Family), Closeness(LifeDomain.Friends), Closeness(LifeDomain.Work), Closeness(LifeDomain.Community),
                Moved(f.MovedInward), Moved(f.MovedOutward), Moved(f.Added), Moved(f.Lost),
            ]);
        }

        csv.Flush();
    }
}

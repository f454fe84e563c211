using Tandem.Core.Repair;

namespace Tandem.Web.Pages.Portal.Repair;

/// <summary>The answers of a side, in the words a partner reads them.</summary>
public static class Choices
{
    public static readonly IReadOnlyList<(RepairReacher Value, string Text)> Reachers =
        [(RepairReacher.Me, "I did"), (RepairReacher.MyPartner, "My partner did"), (RepairReacher.BothOfUs, "Both of us"), (RepairReacher.Nobody, "Nobody, yet")];

    public static readonly IReadOnlyList<(RepairOutcome Value, string Text)> Outcomes =
        [(RepairOutcome.Repaired, "Repaired"), (RepairOutcome.Partly, "Partly"), (RepairOutcome.NotYet, "Not yet")];

    /// <summary>Who reached for repair, told from the side's author: "I did" becomes their name when another reads it.</summary>
    public static string Reacher(RepairReacher value, string author, string partner, bool byMe) => value switch
    {
        RepairReacher.Me => byMe ? "I did" : author,
        RepairReacher.MyPartner => byMe ? "my partner" : partner,
        RepairReacher.BothOfUs => "both",
        _ => "nobody yet",
    };

    public static string Outcome(RepairOutcome value) => Outcomes.First(o => o.Value == value).Text;
}

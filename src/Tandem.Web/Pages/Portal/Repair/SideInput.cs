using System.ComponentModel.DataAnnotations;
using Tandem.Core.Repair;

namespace Tandem.Web.Pages.Portal.Repair;

/// <summary>One partner's side of an episode, as they write it.</summary>
public sealed class SideInput
{
    [Required(ErrorMessage = "Say what set it off.")]
    [StringLength(RepairSide.MaxTextLength, ErrorMessage = "Keep it under 2,000 characters.")]
    public string? WhatSetItOff { get; set; }

    [StringLength(RepairSide.MaxTextLength, ErrorMessage = "Keep it under 2,000 characters.")]
    public string? EarlySigns { get; set; }

    [Required(ErrorMessage = "Say who reached for repair.")]
    [EnumDataType(typeof(RepairReacher), ErrorMessage = "Choose one of the answers listed.")]
    public RepairReacher? ReachedForRepair { get; set; }

    [Range(0, 10080, ErrorMessage = "Enter the minutes until someone reached for repair, up to a week (10080).")]
    public int? MinutesToRepair { get; set; }

    [Required(ErrorMessage = "Say how it ended.")]
    [EnumDataType(typeof(RepairOutcome), ErrorMessage = "Choose one of the answers listed.")]
    public RepairOutcome? Outcome { get; set; }

    [StringLength(RepairSide.MaxTextLength, ErrorMessage = "Keep it under 2,000 characters.")]
    public string? NextTime { get; set; }

    public static SideInput From(RepairSide side) => new()
    {
        WhatSetItOff = side.WhatSetItOff, EarlySigns = side.EarlySigns, ReachedForRepair = side.ReachedForRepair,
        MinutesToRepair = side.MinutesToRepair, Outcome = side.Outcome, NextTime = side.NextTime,
    };

    public void CopyTo(RepairSide side)
    {
        side.WhatSetItOff = WhatSetItOff!.Trim();
        side.EarlySigns = Clean(EarlySigns);
        side.ReachedForRepair = ReachedForRepair!.Value;
        side.MinutesToRepair = ReachedForRepair == RepairReacher.Nobody ? null : MinutesToRepair;
        side.Outcome = Outcome!.Value;
        side.NextTime = Clean(NextTime);
    }

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}

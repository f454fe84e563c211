using Microsoft.AspNetCore.Mvc.ModelBinding;
using Tandem.Core.Treatment;

namespace Tandem.Web.Pages.Dosing;

/// <summary>Why a form post is refused, gathered while its rules are checked.</summary>
/// <param name="wellFormed">Whether the posted fields passed their own checks (required, ranges, lengths) when bound.</param>
public sealed class Refusals(bool wellFormed)
{
    private readonly List<(string Field, string Message)> errors = [];

    /// <summary>For a change to the sheet, which a signed record refuses.</summary>
    public static Refusals OfChange(DosingSheet sheet, bool wellFormed)
    {
        var refusals = new Refusals(wellFormed);
        if (sheet.Record.IsSigned)
        {
            refusals.Add("", "This record is signed and cannot be changed; add an amendment with the reason instead.");
        }

        return refusals;
    }

    public bool Any => !wellFormed || errors.Count > 0;

    public Outcome.Refused Outcome => new(errors);

    public void Add(string field, string message) => errors.Add((field, message));

    /// <summary>Takes the errors of a check shared with pages that gather theirs in model state.</summary>
    public void AddAll(ModelStateDictionary checkedElsewhere)
    {
        foreach (var (field, entry) in checkedElsewhere)
        {
            errors.AddRange(entry.Errors.Select(e => (field, e.ErrorMessage)));
        }
    }

    /// <summary>Vitals and adverse events happen on the session's day, so they are not recorded before it.</summary>
    public void AddIfAhead(DosingSheet sheet)
    {
        if (sheet.IsAhead)
        {
            Add("", RecordDay.DosingNotYet(sheet.Session.Date));
        }
    }
}

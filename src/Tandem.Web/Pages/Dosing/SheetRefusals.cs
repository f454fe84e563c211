using Tandem.Core.Treatment;
using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Dosing;

/// <summary>The refusals every change to a dosing sheet shares.</summary>
public static class SheetRefusals
{
    /// <summary>For a change to the sheet, which a signed record refuses.</summary>
    public static Refusals OfChange(DosingSheet sheet)
    {
        var refusals = new Refusals();
        if (sheet.Record.IsSigned)
        {
            refusals.Add("", "This record is signed and cannot be changed; add an amendment with the reason instead.");
        }

        return refusals;
    }

    /// <summary>Vitals and adverse events happen on the session's day, so they are not recorded before it.</summary>
    public static void AddIfAhead(this Refusals refusals, DosingSheet sheet)
    {
        if (sheet.IsAhead)
        {
            refusals.Add("", RecordDay.DosingNotYet(sheet.Session.Date));
        }
    }
}

using Tandem.Web.Infrastructure;

namespace Tandem.Web.Pages.Dosing;

/// <summary>What one form post on the dosing page came to; the page turns it into a redirect or the page shown again.</summary>
public abstract record Outcome
{
    /// <summary>Saved: the page opens again at <paramref name="Section"/>, the part of it the form belongs to.</summary>
    public sealed record Saved(string Section) : Outcome;

    /// <summary>Nothing saved: each error goes beside its field, or above the page when the field is "".</summary>
    public sealed record Refused(Refusals Errors) : Outcome;

    /// <summary>Someone else saved first: nothing saved, and the sheet is shown again as it is now.</summary>
    public sealed record Overtaken : Outcome;

    /// <summary>The person posted for is not on the sheet, or the form is not the viewer's to use.</summary>
    public sealed record NotFound : Outcome;
}

using System.Diagnostics.CodeAnalysis;

namespace Tandem.Web.Pages.Series;

/// <summary>Where a planned session's record stands: none yet, a draft, or signed (then only amended).</summary>
[SuppressMessage("Naming", "CA1720", Justification = "\"Signed\" is the clinic's word for a finished record, not a type.")]
public enum RecordState
{
    NotStarted,
    Draft,
    Signed,
}

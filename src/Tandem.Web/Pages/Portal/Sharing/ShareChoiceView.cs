using Tandem.Core.Sharing;

namespace Tandem.Web.Pages.Portal.Sharing;

/// <summary>The "who may read it" fields of a form: <paramref name="Prefix"/> names them, as in <c>Input.Visibility</c>.</summary>
public sealed record ShareChoiceView(string Prefix, Visibility? Visibility, Guid? CaseId, IReadOnlyList<ShareTarget> Open, bool OfferOnlyMe = true);

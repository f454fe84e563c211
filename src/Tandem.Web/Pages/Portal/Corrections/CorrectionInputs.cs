using System.ComponentModel.DataAnnotations;
using Tandem.Core.Corrections;

namespace Tandem.Web.Pages.Portal.Corrections;

/// <summary>The client's request: what in their record is wrong, and why.</summary>
public sealed class AskInput
{
    public Guid? CaseId { get; set; }

    [Required(ErrorMessage = "Say what in your record should be corrected."), StringLength(CorrectionRequest.MaxTextLength, ErrorMessage = "Keep this under 2000 characters.")]
    public string? What { get; set; }

    [Required(ErrorMessage = "Say why it should be corrected."), StringLength(CorrectionRequest.MaxTextLength, ErrorMessage = "Keep this under 2000 characters.")]
    public string? Why { get; set; }
}

/// <summary>The client's statement of disagreement with a declined request.</summary>
public sealed class DisagreeInput
{
    public Guid Id { get; set; }
    public Guid? Version { get; set; }

    [Required(ErrorMessage = "Write your statement of disagreement."), StringLength(CorrectionRequest.MaxTextLength, ErrorMessage = "Keep this under 2000 characters.")]
    public string? Statement { get; set; }
}

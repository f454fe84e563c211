using System.ComponentModel.DataAnnotations;

namespace Tandem.Web.Pages.Account;

/// <summary>A password chosen twice: on accepting an invitation and on resetting a forgotten one.</summary>
public sealed class NewPasswordInput
{
    [Required(ErrorMessage = "Choose a password.")]
    [StringLength(256, MinimumLength = 12, ErrorMessage = "Use at least 12 characters.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    [Required(ErrorMessage = "Type the password again.")]
    [Compare(nameof(Password), ErrorMessage = "The two passwords are not the same.")]
    [DataType(DataType.Password)]
    public string ConfirmPassword { get; set; } = "";
}

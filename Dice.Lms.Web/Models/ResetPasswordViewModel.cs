using System.ComponentModel.DataAnnotations;

namespace Dice.Lms.Web.Models;

public sealed class ResetPasswordViewModel
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Field.Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    public string Token { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Validation.PasswordLength")]
    [DataType(DataType.Password)]
    [Display(Name = "Field.NewPassword")]
    public string Password { get; set; } = "";

    /// <summary>True when the link came from an invitation: setting a password also confirms the address.</summary>
    public bool Invited { get; set; }
}

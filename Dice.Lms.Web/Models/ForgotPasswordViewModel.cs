using System.ComponentModel.DataAnnotations;

namespace Dice.Lms.Web.Models;

public sealed class ForgotPasswordViewModel
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Field.Email")]
    public string Email { get; set; } = "";
}

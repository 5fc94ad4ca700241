using System.ComponentModel.DataAnnotations;

namespace Dice.Lms.Web.Models;

public sealed class AddMemberModel
{
    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [Display(Name = "Field.Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [PersonName]
    [Display(Name = "Field.FullName")]
    public string FullName { get; set; } = "";

    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Organization")]
    public string? Organization { get; set; }
}

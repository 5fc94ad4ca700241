using System.ComponentModel.DataAnnotations;

namespace Dice.Lms.Web.Models;

public sealed class SignUpViewModel
{
    [Required(ErrorMessage = "Validation.Required")]
    [PersonName]
    [Display(Name = "Field.FullName")]
    public string FullName { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [EmailAddress(ErrorMessage = "Validation.Email")]
    [StringLength(254, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Email")]
    public string Email { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, MinimumLength = 10, ErrorMessage = "Validation.PasswordLength")]
    [DataType(DataType.Password)]
    [Display(Name = "Field.Password")]
    public string Password { get; set; } = "";

    [Display(Name = "Field.Organization")]
    public int? OrganizationId { get; set; }

    [StringLength(40, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.JoinCode")]
    public string? JoinCode { get; set; }

    /// <summary>The page the visitor came from; only a local path is kept (checked again at sign-in).</summary>
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<OrganizationOption> Organizations { get; set; } = [];
}

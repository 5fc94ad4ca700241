using System.ComponentModel.DataAnnotations;

namespace Dice.Lms.Web.Models;

public sealed class OrganizationFormModel
{
    public int? Id { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Name")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Location")]
    public string Location { get; set; } = "";

    [StringLength(500, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Sectors")]
    public string? Sectors { get; set; }

    [StringLength(500, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.TargetGroups")]
    public string? TargetGroups { get; set; }
}

using System.ComponentModel.DataAnnotations;

namespace Dice.Lms.Web.Models;

public sealed class CohortFormModel
{
    public int? Id { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(200, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Field.Name")]
    public string Name { get; set; } = "";

    [Display(Name = "Field.Organization")]
    public int? OrganizationId { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "Field.StartDate")]
    public DateOnly? StartDate { get; set; }

    [DataType(DataType.Date)]
    [Display(Name = "Field.EndDate")]
    public DateOnly? EndDate { get; set; }

    public List<string> CourseIds { get; set; } = [];

    public IReadOnlyList<OrganizationOption> Organizations { get; set; } = [];

    public IReadOnlyList<CourseOption> Courses { get; set; } = [];
}

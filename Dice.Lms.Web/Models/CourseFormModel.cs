using System.ComponentModel.DataAnnotations;

namespace Dice.Lms.Web.Models;

/// <summary>A new course written in the browser: what course.yml holds.</summary>
public sealed class CourseFormModel
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Authoring.CourseId")]
    public string Id { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Authoring.Area")]
    public string AreaId { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(300, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Authoring.TitleMn")]
    public string TitleMn { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(300, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Authoring.TitleEn")]
    public string TitleEn { get; set; } = "";

    [StringLength(2000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Authoring.DescriptionMn")]
    public string? DescriptionMn { get; set; }

    [StringLength(2000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Authoring.DescriptionEn")]
    public string? DescriptionEn { get; set; }

    [Display(Name = "Authoring.Completion")]
    public string Completion { get; set; } = "modules-and-quizzes";

    [Range(0, 100, ErrorMessage = "Authoring.PassMarkRange")]
    [Display(Name = "Authoring.PassMark")]
    public int PassMark { get; set; } = 70;
}

using System.ComponentModel.DataAnnotations;

namespace Dice.Lms.Web.Models;

/// <summary>A new module: what its front matter starts with.</summary>
public sealed class ModuleFormModel
{
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Authoring.ModuleId")]
    public string ModuleId { get; set; } = "";

    [Display(Name = "Authoring.Level")]
    public string Level { get; set; } = "beginner";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(100, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Authoring.Competences")]
    public string Competences { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(300, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Authoring.TitleMn")]
    public string TitleMn { get; set; } = "";

    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(300, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Authoring.TitleEn")]
    public string TitleEn { get; set; } = "";

    [Range(1, 600, ErrorMessage = "Authoring.MinutesRange")]
    [Display(Name = "Authoring.Minutes")]
    public int Minutes { get; set; } = 20;

    [StringLength(2000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Authoring.ObjectivesMn")]
    public string? ObjectivesMn { get; set; }

    [StringLength(2000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Authoring.ObjectivesEn")]
    public string? ObjectivesEn { get; set; }

    /// <summary>When the facts were last checked: the validator refuses to publish a module without it.</summary>
    [Required(ErrorMessage = "Validation.Required")]
    [Display(Name = "Authoring.Reviewed")]
    public DateOnly? Reviewed { get; set; }

    /// <summary>What the facts were checked against, one per line.</summary>
    [Required(ErrorMessage = "Validation.Required")]
    [StringLength(4000, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Authoring.Sources")]
    public string? Sources { get; set; }
}

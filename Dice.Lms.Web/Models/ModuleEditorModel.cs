using System.ComponentModel.DataAnnotations;
using Dice.Lms.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Dice.Lms.Web.Models;

/// <summary>
/// The module editor: what its one form posts (text, revision, an image, a quiz to import) and, not bound, what the
/// page shows around it.
/// </summary>
public sealed class ModuleEditorModel
{
    /// <summary>The language being edited: a posted value other than "en" is Mongolian, so a tampered form edits a real language.</summary>
    public string Language
    {
        get;
        set => field = Languages.Normalize(value);
    } = Languages.Mongolian;

    [Display(Name = "Authoring.Text")]
    public string? Text { get; set; }

    /// <summary>The draft revision the text was loaded from; 0 when there was no draft yet.</summary>
    public int Revision { get; set; }

    [Display(Name = "Authoring.ImageFile")]
    public IFormFile? ImageFile { get; set; }

    [StringLength(500, ErrorMessage = "Validation.TooLong")]
    [Display(Name = "Authoring.AltText")]
    public string? AltText { get; set; }

    public string QuizFormat { get; set; } = "gift";

    [Display(Name = "Authoring.QuizSource")]
    public string? QuizSource { get; set; }

    [Display(Name = "Authoring.QuizFile")]
    public IFormFile? QuizFile { get; set; }

    [BindNever]
    public string CourseId { get; set; } = "";

    [BindNever]
    public string CourseTitle { get; set; } = "";

    /// <summary>The course is shipped in content/ and has not been edited in the browser yet.</summary>
    [BindNever]
    public bool ShippedCourse { get; set; }

    [BindNever]
    public string ModuleId { get; set; } = "";

    [BindNever]
    public string ModuleTitle { get; set; } = "";

    [BindNever]
    public int? PublishedNumber { get; set; }

    [BindNever]
    public bool HasUnpublishedChanges { get; set; }

    [BindNever]
    public string? SavedByName { get; set; }

    [BindNever]
    public DateTime? SavedAt { get; set; }

    /// <summary>Set when a save was refused: the text someone else saved meanwhile.</summary>
    [BindNever]
    public EditConflict? Conflict { get; set; }

    [BindNever]
    public IReadOnlyList<EditorProblem> Problems { get; set; } = [];

    [BindNever]
    public string? PreviewHtml { get; set; }

    [BindNever]
    public int PreviewQuestions { get; set; }

    [BindNever]
    public IReadOnlyList<EditorImage> Images { get; set; } = [];

    [BindNever]
    public IReadOnlyList<string> QuizErrors { get; set; } = [];

    /// <summary>Publishing was asked for and refused because of errors.</summary>
    [BindNever]
    public bool PublishRefused { get; set; }
}

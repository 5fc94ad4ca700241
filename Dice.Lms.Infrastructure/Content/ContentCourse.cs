using Dice.Lms.Domain;
using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>A course folder: course.yml and its modules, ordered by their <c>NN</c> position.</summary>
/// <param name="FolderPath">The folder relative to the content root, with <c>/</c> separators.</param>
public sealed record ContentCourse(
    string FolderPath,
    string Id,
    string Area,
    LocalizedText Title,
    LocalizedText Description,
    CourseCompletion Completion,
    ProficiencyLevel? MinLevel,
    int PassMark,
    IReadOnlyList<ContentModule> Modules);

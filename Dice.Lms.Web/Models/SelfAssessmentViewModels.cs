namespace Dice.Lms.Web.Models;

public sealed record SelfAssessmentViewModel(bool IsBaseline, IReadOnlyList<SelfAssessmentItem> Questions, IReadOnlyList<string> Unanswered);

public sealed record SelfAssessmentItem(string Id, string Area, string Text, IReadOnlyList<SelfAssessmentChoice> Choices, string? Chosen);

public sealed record SelfAssessmentChoice(string Level, string Name, string Description);

public sealed record MyLevelsViewModel(IReadOnlyList<AreaLevelRow> Areas, bool HasSelfAssessment);

/// <summary>Self-assessed and demonstrated levels shown apart, with the current level and the next module to take.</summary>
public sealed record AreaLevelRow(string AreaId, string Area, string? SelfAssessed, string Demonstrated, string Current, string? NextModuleUrl, string? NextModuleTitle)
{
    /// <summary>The area's competences with the level shown in each and the module that would raise it.</summary>
    public IReadOnlyList<CompetenceLevelRow> Competences { get; init; } = [];
}

/// <summary>A competence (code and DigComp name), the level a learner has shown in it, and the next module that would raise it.</summary>
public sealed record CompetenceLevelRow(string Code, string Name, string Level, string? NextModuleUrl, string? NextModuleTitle);

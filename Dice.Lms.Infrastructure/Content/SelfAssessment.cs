namespace Dice.Lms.Infrastructure.Content;

/// <summary>The baseline self-assessment read from <c>content/self-assessment.yml</c>.</summary>
public sealed record SelfAssessment(IReadOnlyList<SelfAssessmentQuestion> Questions);

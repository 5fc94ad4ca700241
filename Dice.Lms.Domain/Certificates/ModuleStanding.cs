namespace Dice.Lms.Domain.Certificates;

/// <summary>Where a learner stands with one current module of a course: what the completion rule looks at.</summary>
/// <param name="ModuleId">The module's id.</param>
/// <param name="Title">Its title, for the reason given when it holds the learner back.</param>
/// <param name="Completed">Marked complete.</param>
/// <param name="HasQuiz">The module's current version has a quiz.</param>
/// <param name="QuizPassed">An attempt reached the quiz's pass mark.</param>
public sealed record ModuleStanding(string ModuleId, string Title, bool Completed, bool HasQuiz, bool QuizPassed);

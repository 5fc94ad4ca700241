namespace Dice.Lms.Infrastructure.Content;

/// <summary>What a learner must do to complete a course (<c>completion</c> in course.yml).</summary>
public enum CourseCompletion
{
    Modules,
    ModulesAndQuizzes,
}

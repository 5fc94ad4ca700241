namespace Dice.Lms.Domain.Courses;

public enum CompletionRule
{
    /// <summary>Every module marked complete.</summary>
    Modules = 0,

    /// <summary>Every module marked complete and every module's quiz passed.</summary>
    ModulesAndQuizzes = 1,
}

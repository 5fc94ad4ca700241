namespace Dice.Lms.Domain.Certificates;

public enum MissingKind
{
    /// <summary>The course has no current module: nothing can be completed.</summary>
    NoModules,

    ModuleNotCompleted,

    QuizNotPassed,

    /// <summary>The course asks for a demonstrated level in its area that the learner has not shown.</summary>
    LevelNotReached,
}

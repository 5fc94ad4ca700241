namespace Dice.Lms.Domain.Quizzes;

/// <summary>How a posted set of answers relates to the attempt it was made on (see <see cref="QuizAttempt.Classify"/>).</summary>
public enum AnswerPost
{
    /// <summary>Made on the attempt as it is now, or by a form that does not say which revision it saw: judged as usual.</summary>
    Current,

    /// <summary>The same post again (a retry after a lost answer, a queued post sent twice): already applied, nothing to do.</summary>
    Replay,

    /// <summary>Made on an earlier revision with other answers (another tab or device wrote since): refused.</summary>
    Stale,
}

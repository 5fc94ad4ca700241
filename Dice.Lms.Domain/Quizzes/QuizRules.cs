namespace Dice.Lms.Domain.Quizzes;

/// <summary>Whether a learner may start another attempt: attempts left and the wait between attempts.</summary>
public static class QuizRules
{
    public static StartDecision CanStart(QuizDefinition quiz, IReadOnlyCollection<QuizAttempt> previous, DateTime now)
    {
        if (previous.Any(a => !a.IsSubmitted && !a.IsOverdue(now)))
        {
            return new StartDecision(false, StartRefusal.AttemptOpen, null);
        }

        if (quiz.MaxAttempts is { } max && previous.Count >= max)
        {
            return new StartDecision(false, StartRefusal.NoAttemptsLeft, null);
        }

        var last = previous.Where(a => a.SubmittedAt is not null).Select(a => a.SubmittedAt!.Value).DefaultIfEmpty().Max();
        if (quiz.WaitMinutes > 0 && last != default && now < last.AddMinutes(quiz.WaitMinutes))
        {
            return new StartDecision(false, StartRefusal.MustWait, last.AddMinutes(quiz.WaitMinutes));
        }

        return new StartDecision(true, null, null);
    }

    /// <summary>The grade that counts: the highest of the submitted attempts.</summary>
    public static decimal? BestPercent(IEnumerable<QuizAttempt> attempts) =>
        attempts.Where(a => a.Percent is not null).Select(a => a.Percent!.Value).DefaultIfEmpty(-1).Max() is var best && best >= 0 ? best : null;
}

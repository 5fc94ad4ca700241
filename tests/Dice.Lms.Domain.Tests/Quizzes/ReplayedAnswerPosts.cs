using Dice.Lms.Domain.Quizzes;

namespace Dice.Lms.Domain.Tests.Quizzes;

/// <summary>A post sent again (a queued offline answer, a retry after a lost response) is recognised by the stamp its form showed.</summary>
public sealed class ReplayedAnswerPosts
{
    private static readonly DateTime Noon = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private static readonly Dictionary<int, QuestionResponse> Answers = new() { [0] = QuestionResponse.Choose(1), [1] = QuestionResponse.Choose(0) };

    private static QuizDefinition Quiz(int timeLimitMinutes = 0)
    {
        var parsed = QuizSyntax.Parse(
        [
            "## Which is a strong password?",
            "- [ ] Batbold1990",
            "- [x] ger-window-blue-horse",
            "",
            "## A bank never asks for your PIN by e-mail.",
            "type: truefalse",
            "- [x] True",
            "- [ ] False",
        ], 1);
        return parsed.Quiz! with { TimeLimitMinutes = timeLimitMinutes };
    }

    private static QuizAttempt Start(QuizDefinition quiz) => new("learner", "module", 7, "en", 1, quiz, Noon, new Random(1));

    [Test]
    public void APostWithoutARevisionOrWithTheCurrentOneIsJudgedAsUsual()
    {
        var attempt = Start(Quiz());

        Assert.That(attempt.Classify(null, Answers, submit: true), Is.EqualTo(AnswerPost.Current));
        Assert.That(attempt.Classify(attempt.Stamp, Answers, submit: true), Is.EqualTo(AnswerPost.Current));
    }

    [Test]
    public void ASubmissionSentAgainIsAReplayOfTheGradedOne()
    {
        var quiz = Quiz();
        var attempt = Start(quiz);
        var shown = attempt.Stamp;
        attempt.Submit(quiz, Answers, 70, Noon.AddMinutes(3));

        Assert.That(attempt.Classify(shown, Answers, submit: true), Is.EqualTo(AnswerPost.Replay));
        Assert.That(attempt.Classify(shown, new Dictionary<int, QuestionResponse> { [0] = QuestionResponse.Choose(0) }, submit: true), Is.EqualTo(AnswerPost.Current),
            "other answers go on to be refused as already submitted");
    }

    [Test]
    public void AnswersAfterTheTimeRanOutAreNeverTakenForAReplay()
    {
        var quiz = Quiz(timeLimitMinutes: 10);
        var attempt = Start(quiz);
        var shown = attempt.Stamp;
        attempt.SaveAnswers(Answers, Noon.AddMinutes(2));
        attempt.CloseOverdue(quiz, 70, Noon.AddMinutes(30));

        Assert.That(attempt.Classify(shown, Answers, submit: true), Is.EqualTo(AnswerPost.Current), "so the learner sees the time-limit refusal");
    }

    [Test]
    public void ASaveSentAgainIsAReplayButOlderAnswersAreStale()
    {
        var attempt = Start(Quiz());
        var shown = attempt.Stamp;
        attempt.SaveAnswers(Answers, Noon.AddMinutes(1));

        Assert.That(attempt.Classify(shown, new Dictionary<int, QuestionResponse> { [1] = QuestionResponse.Choose(0), [0] = QuestionResponse.Choose(1) }, submit: false),
            Is.EqualTo(AnswerPost.Replay), "the order of the fields does not matter");
        Assert.That(attempt.Classify(shown, new Dictionary<int, QuestionResponse> { [0] = QuestionResponse.Choose(0) }, submit: false), Is.EqualTo(AnswerPost.Stale));
        Assert.That(attempt.Classify(shown, Answers, submit: true), Is.EqualTo(AnswerPost.Stale), "a submission is never skipped as a replay of a save");
    }
}

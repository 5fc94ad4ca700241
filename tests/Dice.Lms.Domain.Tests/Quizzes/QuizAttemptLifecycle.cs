using Dice.Lms.Domain.Quizzes;

namespace Dice.Lms.Domain.Tests.Quizzes;

public sealed class QuizAttemptLifecycle
{
    private static readonly DateTime Noon = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private static QuizDefinition Quiz(int? maxAttempts = null, int waitMinutes = 0, int timeLimitMinutes = 0)
    {
        var parsed = QuizSyntax.Parse(
        [
            "## Which is a strong password?",
            "- [ ] Batbold1990 :: A name and a year.",
            "- [x] ger-window-blue-horse :: Long and random.",
            "- [ ] P@ssw0rd :: In every leaked list.",
            "",
            "## A bank never asks for your PIN by e-mail.",
            "type: truefalse",
            "- [x] True :: Right.",
            "- [ ] False :: It never does.",
        ], 1);
        Assert.That(parsed.Errors, Is.Empty);
        return parsed.Quiz! with { MaxAttempts = maxAttempts, WaitMinutes = waitMinutes, TimeLimitMinutes = timeLimitMinutes };
    }

    private static QuizAttempt Start(QuizDefinition quiz, int number = 1, DateTime? at = null, int seed = 1) =>
        new("learner", "module", 7, "en", number, quiz, at ?? Noon, new Random(seed));

    [Test]
    public void TheOrderIsDrawnOnceAndCoversEveryQuestionAndOption()
    {
        var attempt = Start(Quiz());
        var layout = attempt.QuestionLayouts;

        Assert.That(layout.Select(l => l.Question).Order(), Is.EqualTo(new[] { 0, 1 }));
        Assert.That(layout.Single(l => l.Question == 0).Order.Order(), Is.EqualTo(new[] { 0, 1, 2 }));
        static IEnumerable<string> Flat(IEnumerable<QuestionLayout> l) => l.Select(x => $"{x.Question}:{string.Join(",", x.Order)}");
        Assert.That(Flat(attempt.QuestionLayouts), Is.EqualTo(Flat(layout)), "reading it again gives the same order");
    }

    [Test]
    public void SubmittingGradesOnceAndThenRefusesEverything()
    {
        var quiz = Quiz();
        var attempt = Start(quiz);
        var answers = new Dictionary<int, QuestionResponse> { [0] = QuestionResponse.Choose(1), [1] = QuestionResponse.Choose(0) };

        var grade = attempt.Submit(quiz, answers, coursePassMark: 70, Noon.AddMinutes(5));

        Assert.That(grade.Percent, Is.EqualTo(100m));
        Assert.That(attempt.Passed, Is.True);
        Assert.That(Assert.Throws<QuizAttemptException>(() => attempt.Submit(quiz, answers, 70, Noon.AddMinutes(6)))!.Reason, Is.EqualTo(AttemptRefusal.AlreadySubmitted));
        Assert.That(Assert.Throws<QuizAttemptException>(() => attempt.SaveAnswers(answers, Noon.AddMinutes(6)))!.Reason, Is.EqualTo(AttemptRefusal.AlreadySubmitted));
    }

    [Test]
    public void SavedAnswersComeBackAndEverySaveChangesTheStamp()
    {
        var attempt = Start(Quiz());
        var stamp = attempt.Stamp;

        attempt.SaveAnswers(new Dictionary<int, QuestionResponse> { [0] = QuestionResponse.Choose(2) }, Noon.AddMinutes(1));

        Assert.That(attempt.SavedAnswers[0].ChosenOptionIds, Is.EqualTo(new[] { 2 }));
        Assert.That(attempt.Stamp, Is.Not.EqualTo(stamp));
    }

    [Test]
    public void TheTimeLimitIsEnforcedAndAnOverdueAttemptIsGradedOnWhatWasSaved()
    {
        var quiz = Quiz(timeLimitMinutes: 10);
        var attempt = Start(quiz);
        attempt.SaveAnswers(new Dictionary<int, QuestionResponse> { [0] = QuestionResponse.Choose(1) }, Noon.AddMinutes(9));

        Assert.That(attempt.DeadlineAt, Is.EqualTo(Noon.AddMinutes(10)));
        Assert.That(Assert.Throws<QuizAttemptException>(() => attempt.Submit(quiz, new Dictionary<int, QuestionResponse>(), 70, Noon.AddMinutes(10).AddSeconds(1)))!.Reason,
            Is.EqualTo(AttemptRefusal.TimeLimitPassed));
        var grade = attempt.CloseOverdue(quiz, 70, Noon.AddMinutes(11));
        Assert.That(grade.Percent, Is.EqualTo(50m));
        Assert.That(attempt.SubmittedAt, Is.EqualTo(Noon.AddMinutes(10)));
    }

    [Test]
    public void MaxAttemptsAndTheWaitBetweenAttemptsAreEnforced()
    {
        var quiz = Quiz(maxAttempts: 2, waitMinutes: 30);
        var first = Start(quiz);
        first.Submit(quiz, new Dictionary<int, QuestionResponse>(), 70, Noon.AddMinutes(5));

        var tooSoon = QuizRules.CanStart(quiz, [first], Noon.AddMinutes(20));
        Assert.That(tooSoon.Refusal, Is.EqualTo(StartRefusal.MustWait));
        Assert.That(tooSoon.AvailableAt, Is.EqualTo(Noon.AddMinutes(35)));
        Assert.That(QuizRules.CanStart(quiz, [first], Noon.AddMinutes(35)).Allowed, Is.True);

        var second = Start(quiz, 2, Noon.AddMinutes(40));
        Assert.That(QuizRules.CanStart(quiz, [first, second], Noon.AddMinutes(41)).Refusal, Is.EqualTo(StartRefusal.AttemptOpen));
        second.Submit(quiz, new Dictionary<int, QuestionResponse> { [0] = QuestionResponse.Choose(1) }, 70, Noon.AddMinutes(45));
        Assert.That(QuizRules.CanStart(quiz, [first, second], Noon.AddHours(5)).Refusal, Is.EqualTo(StartRefusal.NoAttemptsLeft));
        Assert.That(QuizRules.BestPercent([first, second]), Is.EqualTo(50m), "the highest grade counts");
    }
}

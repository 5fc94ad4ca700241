using Dice.Lms.Domain.Quizzes;

namespace Dice.Lms.Domain.Tests.Quizzes;

public class QuizGraderTests
{
    private static readonly QuizDefinition Quiz = QuizSyntax.Parse("""
        ## One point
        - [x] a
        - [ ] b

        ## Two points
        points: 2
        - [x] a
        - [x] b
        - [ ] c

        ## Three points
        points: 3
        = yes
        """.Split('\n'), 1).Quiz!;

    [Test]
    public void PercentIsPointsEarnedOverPointsAvailable()
    {
        var grade = QuizGrader.Grade(Quiz, new Dictionary<int, QuestionResponse>
        {
            [0] = QuestionResponse.Choose(0),
            [1] = QuestionResponse.Choose(0),
            [2] = QuestionResponse.Answer("no"),
        }, coursePassMark: 70);

        Assert.That((grade.Score, grade.MaxScore, grade.Percent, grade.Passed), Is.EqualTo((2m, 6m, 33.33m, false)));
        Assert.That(grade.Questions.Select(q => q.Fraction), Is.EqualTo(new[] { 1m, 0.5m, 0m }));
    }

    [Test]
    public void PercentIsRoundedToTwoDecimals()
    {
        var grade = QuizGrader.Grade(Quiz, new Dictionary<int, QuestionResponse> { [1] = QuestionResponse.Choose(0, 1) }, 70);

        Assert.That(grade.Percent, Is.EqualTo(33.33m));
    }

    [Test]
    public void UnansweredQuestionsScoreZero()
    {
        var grade = QuizGrader.Grade(Quiz, new Dictionary<int, QuestionResponse>(), 0);

        Assert.That((grade.Percent, grade.Passed), Is.EqualTo((0m, true)));
    }

    [Test]
    public void PassesAtExactlyThePassMark()
    {
        var passMarkFifty = Quiz with { PassMark = 50 };
        var half = new Dictionary<int, QuestionResponse> { [2] = QuestionResponse.Answer("YES") };

        Assert.That(QuizGrader.Grade(passMarkFifty, half, coursePassMark: 90).Passed, Is.True);
        Assert.That(QuizGrader.Grade(passMarkFifty with { PassMark = 51 }, half, 90).Passed, Is.False);
    }

    [Test]
    public void UsesTheCoursePassMarkWhenTheQuizSetsNone()
    {
        var half = new Dictionary<int, QuestionResponse> { [2] = QuestionResponse.Answer("yes") };

        Assert.That(QuizGrader.Grade(Quiz, half, coursePassMark: 50).Passed, Is.True);
        Assert.That(QuizGrader.Grade(Quiz, half, coursePassMark: 70).Passed, Is.False);
    }

    [Test]
    public void FullMarksWithSharedWeightsMakeExactlyOneHundred()
    {
        var quiz = QuizSyntax.Parse("## Q\n- [x] a\n- [x] b\n- [x] c\n- [ ] d".Split('\n'), 1).Quiz!;

        var grade = QuizGrader.Grade(quiz, new Dictionary<int, QuestionResponse> { [0] = QuestionResponse.Choose(0, 1, 2) }, 100);

        Assert.That((grade.Percent, grade.Passed), Is.EqualTo((100m, true)));
    }
}

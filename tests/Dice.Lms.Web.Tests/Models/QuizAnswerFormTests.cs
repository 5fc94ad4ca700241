using Dice.Lms.Domain.Quizzes;
using Dice.Lms.Web.Models;
using Microsoft.Extensions.Primitives;

namespace Dice.Lms.Web.Tests.Models;

/// <summary>Reading a posted attempt form: what a learner's browser sends is kept, anything else is refused with its reason.</summary>
public sealed class QuizAnswerFormTests
{
    private static readonly QuizDefinition Quiz = QuizSyntax.Parse("""
        ## One answer
        - [x] a
        - [ ] b

        ## Several answers
        - [x] a
        - [x] b
        - [ ] c

        ## Match
        - red -> stop
        - green -> go
        - -> wait

        ## A word
        = passphrase
        """.Split('\n'), 1).Quiz!;

    [Test]
    public void EveryKindOfAnswerAsABrowserSendsItIsRead()
    {
        var (answers, problem) = QuizAnswerForm.Read(Quiz, Form(
            ("__RequestVerificationToken", ["token"]), ("action", ["save"]),
            ("q0", ["1"]), ("q1", ["0", "1", "1"]), ("q2-0", ["1"]), ("q2-1", [""]), ("q3", [" Passphrase "])));

        Assert.That(problem, Is.Null);
        Assert.That(answers[0].ChosenOptionIds, Is.EqualTo(new[] { 1 }));
        Assert.That(answers[1].ChosenOptionIds, Is.EqualTo(new[] { 0, 1 }), "a repeated option counts once");
        Assert.That(answers[2].Matches, Is.EqualTo(new Dictionary<int, int> { [0] = 1 }), "an unchosen item is left out");
        Assert.That(answers[3].Text, Is.EqualTo(" Passphrase "), "grading, not reading, forgives case and spaces");
    }

    [TestCase("q9", "0", "'q9' is not a question of this quiz.")]
    [TestCase("q-1", "0", "'q-1' is not a question of this quiz.")]
    [TestCase("answer", "0", "'answer' is not a question of this quiz.")]
    [TestCase("q0", "7", "'7' is not an option of question 0.")]
    [TestCase("q0", "x", "'x' is not an option of question 0.")]
    [TestCase("q2-2", "1", "'q2-2' is not an item of question 2.")]
    [TestCase("q2-0", "9", "'9' is not a choice of question 2.")]
    [TestCase("q2", "1", "'q2' does not fit question 2.")]
    [TestCase("q3-0", "x", "'q3-0' does not fit question 3.")]
    public void AFieldThatIsNotPartOfTheQuizIsRefusedWithItsReason(string key, string value, string reason)
    {
        var (_, problem) = QuizAnswerForm.Read(Quiz, Form((key, [value])));

        Assert.That(problem, Is.EqualTo(reason));
    }

    [Test]
    public void TwoAnswersToAOneAnswerQuestionAreRefused()
    {
        Assert.That(QuizAnswerForm.Read(Quiz, Form(("q0", ["0", "1"]))).Problem, Is.EqualTo("question 0 takes one answer."));
    }

    [Test]
    public void ATextAnswerIsKeptUpToItsLimitAndRefusedBeyondIt()
    {
        var longest = new string('а', QuizAnswerForm.MaxTextAnswer);

        Assert.That(QuizAnswerForm.Read(Quiz, Form(("q3", [longest]))).Problem, Is.Null);
        Assert.That(QuizAnswerForm.Read(Quiz, Form(("q3", [longest + "а"]))).Problem,
            Is.EqualTo($"the answer to question 3 is longer than {QuizAnswerForm.MaxTextAnswer} characters."));
    }

    private static IEnumerable<KeyValuePair<string, StringValues>> Form(params (string Key, string[] Values)[] fields) =>
        fields.Select(f => new KeyValuePair<string, StringValues>(f.Key, new StringValues(f.Values)));
}

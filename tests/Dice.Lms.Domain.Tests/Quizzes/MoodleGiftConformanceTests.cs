using Dice.Lms.Domain.Quizzes;

namespace Dice.Lms.Domain.Tests.Quizzes;

/// <summary>questions.gift.txt reads as Moodle's importer reads it (see the fixtures' README).</summary>
public class MoodleGiftConformanceTests
{
    private QuizImportResult _result = null!;

    [OneTimeSetUp]
    public void ReadFixture() => _result = GiftParser.Parse(MoodleFixtures.Read("questions.gift.txt"));

    [Test]
    public void ReadsEightQuestionsInOrder()
    {
        Assert.That(_result.Questions.Select(q => (q.Name, q.Type)), Is.EqualTo(new (string?, QuestionType)[]
        {
            ("Moodle activities", QuestionType.Matching),
            ("Q2", QuestionType.Single),
            ("colours", QuestionType.Multiple),
            ("Q5", QuestionType.Numerical),
            ("Shortanswer", QuestionType.ShortAnswer),
            ("Q1", QuestionType.TrueFalse),
            ("2-08 TSL", QuestionType.TrueFalse),
            ("2-08 TSL", QuestionType.TrueFalse),
        }));
    }

    [Test]
    public void TheEssayIsAnErrorAtItsLine()
    {
        QuizErrors.AssertAre(_result.Errors, (2, "essay question 'Q8' cannot be graded automatically"));
    }

    [Test]
    public void MatchingHasFourPairsAndTheDistractorChat()
    {
        var question = _result.Questions[0];

        Assert.That(question.Line, Is.EqualTo(5));
        Assert.That(question.Text, Is.EqualTo("Match the <b>activity</b> to the description."));
        Assert.That(question.MatchPairs, Is.EqualTo(new[]
        {
            new MatchPair(0, "An activity supporting asynchronous discussions.", "Forum"),
            new MatchPair(1, "A teacher asks a question and specifies a choice of multiple responses.", "Choice"),
            new MatchPair(2, "A bank of record entries which participants can add to.", "Database"),
            new MatchPair(3, "A collection of web pages that anyone can add to or edit.", "Wiki"),
            new MatchPair(4, null, "Chat"),
        }));
    }

    [Test]
    public void MultipleChoiceHasFeedbackOnEachAnswer()
    {
        var question = _result.Questions[1];

        Assert.That(question.Text, Is.EqualTo("What's between orange and green in the spectrum?"));
        Assert.That(question.Options, Is.EqualTo(new[]
        {
            new ChoiceOption(0, "yellow", 100, "right; good!"),
            new ChoiceOption(1, "red", 0, "wrong, it's yellow"),
            new ChoiceOption(2, "blue", 0, "wrong, it's yellow"),
        }));
    }

    [Test]
    public void MultipleResponseHasMoodlesWeights()
    {
        Assert.That(_result.Questions[2].Options, Is.EqualTo(new[]
        {
            new ChoiceOption(0, "yellow", 50, "right; good!"),
            new ChoiceOption(1, "red", -100, "wrong"),
            new ChoiceOption(2, "off-beige", 50, "right; good!"),
            new ChoiceOption(3, "blue", -100, "wrong"),
        }));
    }

    [Test]
    public void NumericalIsThreePlusOrMinusTwoWithFeedbackForAnythingElse()
    {
        var question = _result.Questions[3];

        Assert.That(question.Text, Is.EqualTo("What is a number from 1 to 5?"));
        Assert.That(question.NumericAnswers, Is.EqualTo(new[] { NumericAnswer.Around(0, 3, 2, 100) }));
        Assert.That(question.OtherwiseFeedback, Is.EqualTo("Completely wrong"));
    }

    [Test]
    public void ShortAnswerHasWeightsAndAWildcard()
    {
        Assert.That(_result.Questions[4].AcceptedAnswers, Is.EqualTo(new[]
        {
            new AcceptedAnswer(0, "Frog", 100, "Good!"),
            new AcceptedAnswer(1, "Cat", 50, "What is it with Moodlers and cats?"),
            new AcceptedAnswer(2, "*", 0, "Completely wrong"),
        }));
    }

    [Test]
    public void FalseWithWrongAndRightFeedbackAndGeneralFeedback()
    {
        var question = _result.Questions[5];

        Assert.That(question.Text, Is.EqualTo("42 is the Absolute Answer to everything."));
        Assert.That(question.Options, Is.EqualTo(new[]
        {
            new ChoiceOption(0, "True", 0, "42 is the Ultimate Answer."),
            new ChoiceOption(1, "False", 100, "You gave the right answer."),
        }));
        Assert.That(question.GeneralFeedback, Is.EqualTo("This is, of course, a Hitchiker's Guide to the Galaxy reference."));
    }

    [Test]
    public void TAndTrueAreBothTrue()
    {
        foreach (var question in _result.Questions.Skip(6))
        {
            Assert.That(question.Text, Is.EqualTo("TSL is blablabla."));
            Assert.That(question.Options, Is.EqualTo(new[] { new ChoiceOption(0, "True", 100), new ChoiceOption(1, "False", 0) }));
        }
    }

    [Test]
    public void EveryQuestionKeepsItsSourceLine()
    {
        Assert.That(_result.Questions.Select(q => q.Line), Is.EqualTo(new[] { 5, 14, 22, 31, 34, 41, 46, 49 }));
    }
}

using Dice.Lms.Domain.Quizzes;

namespace Dice.Lms.Domain.Tests.Quizzes;

public class QuestionGraderTests
{
    [Test]
    public void SingleChoiceGivesTheChosenOptionsWeightAndFeedback()
    {
        var question = Question("""
            ## Strongest?
            - [ ] Batbold1990 :: Names are guessed first.
            - [x] ger-window-blue-horse :: Right.
            - [ ] (50%) correct-horse :: Nearly.
            """);

        Assert.That(Grade(question, QuestionResponse.Choose(1)).Fraction, Is.EqualTo(1m));
        Assert.That(Grade(question, QuestionResponse.Choose(2)).Fraction, Is.EqualTo(0.5m));
        var wrong = Grade(question, QuestionResponse.Choose(0));
        Assert.That(wrong.Fraction, Is.EqualTo(0m));
        Assert.That(wrong.OptionFeedback, Is.EqualTo(new Dictionary<int, string> { [0] = "Names are guessed first." }));
    }

    [Test]
    public void SingleChoiceWithSeveralOptionsChosenScoresNothing()
    {
        var question = Question("## Q\n- [x] a\n- [ ] (50%) b\n- [ ] c");

        Assert.That(Grade(question, QuestionResponse.Choose(0, 1)).Fraction, Is.EqualTo(0m));
    }

    [Test]
    public void TrueFalseGivesTheChosenOptionsWeight()
    {
        var question = Question("## Q\ntype: truefalse\n- [x] True :: Right.\n- [ ] False :: Wrong.");

        Assert.That(Grade(question, QuestionResponse.Choose(0)).Fraction, Is.EqualTo(1m));
        var wrong = Grade(question, QuestionResponse.Choose(1));
        Assert.That(wrong.Fraction, Is.EqualTo(0m));
        Assert.That(wrong.OptionFeedback[1], Is.EqualTo("Wrong."));
    }

    [Test]
    public void MultipleSumsDefaultWeights()
    {
        // Correct: 100/3 each; wrong: -100/2 each.
        var question = Question("## Q\n- [x] a\n- [x] b\n- [x] c\n- [ ] d :: no\n- [ ] e");

        Assert.That(Grade(question, QuestionResponse.Choose(0, 1, 2)).Fraction, Is.EqualTo(1m));
        Assert.That(Grade(question, QuestionResponse.Choose(0)).Fraction, Is.EqualTo(0.3333333m));
        Assert.That(Grade(question, QuestionResponse.Choose(0, 1)).Fraction, Is.EqualTo(0.6666667m));
        Assert.That(Grade(question, QuestionResponse.Choose(0, 1, 3)).Fraction, Is.EqualTo(0.1666667m));
        Assert.That(Grade(question, QuestionResponse.Choose(0, 1, 2, 3)).OptionFeedback, Is.EqualTo(new Dictionary<int, string> { [3] = "no" }));
    }

    [Test]
    public void MultipleNeverGoesBelowZero()
    {
        var question = Question("## Q\n- [x] a\n- [x] b\n- [ ] c\n- [ ] d");

        Assert.That(Grade(question, QuestionResponse.Choose(0, 2, 3)).Fraction, Is.EqualTo(0m));
        Assert.That(Grade(question, QuestionResponse.Choose(2)).Fraction, Is.EqualTo(0m));
    }

    [Test]
    public void MultipleIsCappedAtFullMarks()
    {
        var question = Question("## Q\n- [x] (80%) a\n- [x] (80%) b\n- [ ] c");

        Assert.That(Grade(question, QuestionResponse.Choose(0, 1)).Fraction, Is.EqualTo(1m));
    }

    [Test]
    public void MultipleWithMoodleWeights()
    {
        var question = Question("## Q\n- [x] (50%) yellow\n- [ ] (-100%) red\n- [x] (50%) off-beige\n- [ ] (-100%) blue");

        Assert.That(Grade(question, QuestionResponse.Choose(0, 2)).Fraction, Is.EqualTo(1m));
        Assert.That(Grade(question, QuestionResponse.Choose(0)).Fraction, Is.EqualTo(0.5m));
        Assert.That(Grade(question, QuestionResponse.Choose(0, 1, 2)).Fraction, Is.EqualTo(0m));
    }

    [Test]
    public void ChoosingAnUnknownOrRepeatedOptionCountsOnce()
    {
        var question = Question("## Q\n- [x] a\n- [x] b\n- [ ] c");

        Assert.That(Grade(question, QuestionResponse.Choose(0, 0, 9)).Fraction, Is.EqualTo(0.5m));
    }

    [Test]
    public void ShortAnswerIgnoresCaseSpacesAndNormalisesMongolian()
    {
        var question = Question("## Q\n= Хоёр шаттай баталгаажуулалт :: Зөв.\notherwise :: Буруу.");

        var grade = Grade(question, QuestionResponse.Answer("  хоёр   шаттай БАТАЛГААЖУУЛАЛТ "));

        Assert.That(grade.Fraction, Is.EqualTo(1m));
        Assert.That(grade.AnswerFeedback, Is.EqualTo("Зөв."));
    }

    [TestCase("Өндөр Үүл Ёс", "өндөр үүл ёс")]
    [TestCase("ӨНДӨР ҮҮЛ ЁС", "Өндөр Үүл Ёс")]
    [TestCase("Café", "CAFE\u0301")]
    [TestCase("a\tb", "A B")]
    public void ShortAnswerMatchesRegardlessOfCaseAndForm(string accepted, string typed)
    {
        Assert.That(QuestionGrader.ShortAnswerMatches(accepted, typed), Is.True);
    }

    [TestCase("pass*", "password", true)]
    [TestCase("pass*", "a password", false)]
    [TestCase("*word", "password", true)]
    [TestCase("p*s*d", "password", true)]
    [TestCase("p*s*d", "passwords", false)]
    [TestCase("*", "anything at all", true)]
    [TestCase("a*a", "a", false)]
    [TestCase("a*a", "aa", true)]
    [TestCase("ab*", "ab", true)]
    [TestCase("**", "", true)]
    [TestCase("*b*b*", "abab", true)]
    [TestCase("*b*b*", "ab", false)]
    [TestCase("пас*үг", "пасс үг", true)]
    [TestCase("a.c", "abc", false)]
    [TestCase("a.b", "axb", false)]
    [TestCase("(1+1)", "(1+1)", true)]
    public void ShortAnswerWildcardMatchesAnyCharactersAndIsAnchored(string accepted, string typed, bool matches)
    {
        Assert.That(QuestionGrader.ShortAnswerMatches(accepted, typed), Is.EqualTo(matches));
    }

    [Test]
    public void ManyWildcardsAgainstALongAnswerStayLinear()
    {
        // A backtracking matcher takes exponential time on this; finding pieces left to right does not.
        var pattern = string.Concat(Enumerable.Repeat("a*", 30)) + "b";
        var answer = new string('a', 500);

        Assert.That(QuestionGrader.ShortAnswerMatches(pattern, answer), Is.False);
        Assert.That(QuestionGrader.ShortAnswerMatches(pattern, answer + "b"), Is.True);
    }

    [Test]
    public void ShortAnswerFirstMatchWinsAndOtherwiseCoversTheRest()
    {
        var question = Question("## Q\n= (50%) cat* :: Partly.\n= catfish :: Never reached.\n= frog :: Good!\notherwise :: No.");

        Assert.That(Grade(question, QuestionResponse.Answer("Catfish")), Is.EqualTo(new QuestionGrade(0.5m, new Dictionary<int, string>(), "Partly.")).UsingPropertiesComparer());
        Assert.That(Grade(question, QuestionResponse.Answer("frog")).Fraction, Is.EqualTo(1m));
        var wrong = Grade(question, QuestionResponse.Answer("dog"));
        Assert.That((wrong.Fraction, wrong.AnswerFeedback), Is.EqualTo((0m, "No.")));
    }

    [Test]
    public void NegativeShortAnswerWeightScoresZero()
    {
        var question = Question("## Q\n= right\n= (-50%) wrong");

        Assert.That(Grade(question, QuestionResponse.Answer("wrong")).Fraction, Is.EqualTo(0m));
    }

    [TestCase("12", 1)]
    [TestCase("18", 1)]
    [TestCase("15", 1)]
    [TestCase("11.999", 0)]
    [TestCase("18.001", 0)]
    [TestCase("12,0", 1)]
    [TestCase(" 17,5 ", 1)]
    [TestCase("-15", 0)]
    public void NumericalToleranceIncludesBothEdges(string typed, decimal fraction)
    {
        var question = Question("## Q\ntype: numerical\n= 15 ± 3");

        Assert.That(Grade(question, QuestionResponse.Answer(typed)).Fraction, Is.EqualTo(fraction));
    }

    [TestCase("1", 1)]
    [TestCase("5", 1)]
    [TestCase("0.99", 0)]
    [TestCase("5.01", 0)]
    public void NumericalRangeIncludesBothEnds(string typed, decimal fraction)
    {
        var question = Question("## Q\ntype: numerical\n= 1..5");

        Assert.That(Grade(question, QuestionResponse.Answer(typed)).Fraction, Is.EqualTo(fraction));
    }

    [Test]
    public void NumericalFirstMatchWinsAndOtherwiseCoversTheRest()
    {
        var question = Question("## Q\ntype: numerical\n= 15 ± 3 :: Right.\n= (50%) 12..30 :: Good enough.\n= 7 :: Never reached for 17.\notherwise :: Aim for 15.");

        Assert.That((Grade(question, QuestionResponse.Answer("17")).Fraction, Grade(question, QuestionResponse.Answer("17")).AnswerFeedback), Is.EqualTo((1m, "Right.")));
        Assert.That((Grade(question, QuestionResponse.Answer("25")).Fraction, Grade(question, QuestionResponse.Answer("25")).AnswerFeedback), Is.EqualTo((0.5m, "Good enough.")));
        Assert.That((Grade(question, QuestionResponse.Answer("40")).Fraction, Grade(question, QuestionResponse.Answer("40")).AnswerFeedback), Is.EqualTo((0m, "Aim for 15.")));
        Assert.That((Grade(question, QuestionResponse.Answer("fifteen")).Fraction, Grade(question, QuestionResponse.Answer("fifteen")).AnswerFeedback), Is.EqualTo((0m, "Aim for 15.")));
    }

    [Test]
    public void MatchingGivesTheShareOfItemsMatchedCorrectly()
    {
        var question = Question("## Q\n- a -> 1\n- b -> 2\n- c -> 3\n- d -> 4\n- -> 5");

        Assert.That(Grade(question, QuestionResponse.Match(new Dictionary<int, int> { [0] = 0, [1] = 1, [2] = 2, [3] = 3 })).Fraction, Is.EqualTo(1m));
        Assert.That(Grade(question, QuestionResponse.Match(new Dictionary<int, int> { [0] = 0, [1] = 1, [2] = 4, [3] = 2 })).Fraction, Is.EqualTo(0.5m));
        Assert.That(Grade(question, QuestionResponse.Match(new Dictionary<int, int> { [0] = 0 })).Fraction, Is.EqualTo(0.25m));
    }

    [Test]
    public void MatchingAcceptsEitherOfTwoItemsWithTheSameAnswer()
    {
        var question = Question("## Q\n- a -> yes\n- b -> yes\n- c -> no");

        Assert.That(Grade(question, QuestionResponse.Match(new Dictionary<int, int> { [0] = 1, [1] = 0, [2] = 2 })).Fraction, Is.EqualTo(1m));
    }

    [TestCase("## Q\n- [x] a\n- [ ] b")]
    [TestCase("## Q\n- [x] a\n- [x] b\n- [ ] c")]
    [TestCase("## Q\n= *")]
    [TestCase("## Q\ntype: numerical\n= 1..5")]
    [TestCase("## Q\n- a -> 1\n- b -> 2")]
    public void UnansweredQuestionScoresZero(string block)
    {
        var grade = Grade(Question(block), QuestionResponse.None);

        Assert.That(grade.Fraction, Is.EqualTo(0m));
        Assert.That(grade.OptionFeedback, Is.Empty);
        Assert.That(grade.AnswerFeedback, Is.Null);
    }

    private static QuestionGrade Grade(QuestionDefinition question, QuestionResponse response) =>
        QuestionGrader.Grade(question, response);

    private static QuestionDefinition Question(string block)
    {
        var result = QuizSyntax.Parse(block.Split('\n'), 1);
        Assert.That(result.Errors, Is.Empty);
        return result.Quiz!.Questions[0];
    }
}

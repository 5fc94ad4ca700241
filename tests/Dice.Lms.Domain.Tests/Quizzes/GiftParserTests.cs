using Dice.Lms.Domain.Quizzes;

namespace Dice.Lms.Domain.Tests.Quizzes;

public class GiftParserTests
{
    [Test]
    public void ReadsMultipleChoiceWithFeedback()
    {
        var question = Single("::Q2:: What's between orange and green?\n{\n    =yellow # right; good!\n    ~red # [html]wrong, it's yellow\n    ~[plain]blue # wrong\n}");

        Assert.That((question.Name, question.Type, question.Text, question.Line), Is.EqualTo(("Q2", QuestionType.Single, "What's between orange and green?", 1)));
        Assert.That(question.Options, Is.EqualTo(new[]
        {
            new ChoiceOption(0, "yellow", 100, "right; good!"),
            new ChoiceOption(1, "red", 0, "wrong, it's yellow"),
            new ChoiceOption(2, "blue", 0, "wrong"),
        }));
    }

    [Test]
    public void TildesOnlyMakeAMultipleResponseQuestionWithWeights()
    {
        var question = Single("Which? {~%50%a ~%-100%b ~%50%c ~%-33.5%d}");

        Assert.That(question.Type, Is.EqualTo(QuestionType.Multiple));
        Assert.That(question.Options.Select(o => o.Weight), Is.EqualTo(new[] { 50m, -100m, 50m, -33.5m }));
    }

    [Test]
    public void MissingWordJoinsTheTextAroundTheBlank()
    {
        var question = Single("Grant is {~buried =entombed ~living} in Grant's tomb.");

        Assert.That(question.Text, Is.EqualTo("Grant is _____ in Grant's tomb."));
        Assert.That(question.Options.Select(o => o.Text), Is.EqualTo(new[] { "buried", "entombed", "living" }));
    }

    [Test]
    public void IgnoresPunctuationAfterTheBlock()
    {
        Assert.That(Single("How many? {#3:2}\";").Text, Is.EqualTo("How many?"));
    }

    [Test]
    public void ReadsEscapedCharacters()
    {
        var question = Single(@"::a\:b:: Is 1\=1 \{really\} \# \~? {=yes \~ sure \# 1 ~no}");

        Assert.That(question.Name, Is.EqualTo("a:b"));
        Assert.That(question.Text, Is.EqualTo("Is 1=1 {really} # ~?"));
        Assert.That(question.Options[0], Is.EqualTo(new ChoiceOption(0, "yes ~ sure # 1", 100)));
    }

    [Test]
    public void IgnoresCommentsAndCategories()
    {
        var result = GiftParser.Parse("$CATEGORY: $course$/Safety\n\n// a comment\n// another\nQ? {T}\n");

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Questions.Single().Line, Is.EqualTo(5));
    }

    [Test]
    public void ReadsSeveralNumericalAnswers()
    {
        var question = Single("How much? {# =3:2 =%50%5:1#close =1..2 ~#Not at all}");

        Assert.That(question.Type, Is.EqualTo(QuestionType.Numerical));
        Assert.That(question.NumericAnswers, Is.EqualTo(new[]
        {
            NumericAnswer.Around(0, 3, 2, 100),
            NumericAnswer.Around(1, 5, 1, 50, "close"),
            NumericAnswer.Between(2, 1, 2, 100),
        }));
        Assert.That(question.OtherwiseFeedback, Is.EqualTo("Not at all"));
    }

    [Test]
    public void ReadsARangeAsARange()
    {
        Assert.That(Single("Number? {#1..5}").NumericAnswers, Is.EqualTo(new[] { NumericAnswer.Between(0, 1, 5, 100) }));
    }

    [Test]
    public void TrueFalseFeedbackGoesToTheOptionThatEarnsIt()
    {
        var question = Single("Sky is green. {FALSE#No, it is blue.#Right.####Look up.}");

        Assert.That(question.Type, Is.EqualTo(QuestionType.TrueFalse));
        Assert.That(question.Options, Is.EqualTo(new[]
        {
            new ChoiceOption(0, "True", 0, "No, it is blue."),
            new ChoiceOption(1, "False", 100, "Right."),
        }));
        Assert.That(question.GeneralFeedback, Is.EqualTo("Look up."));
    }

    [Test]
    public void ReadsMongolianText()
    {
        var question = Single("::А1:: Хоёр шаттай баталгаажуулалт гэж юу вэ? {=Нууц үг ба код#Зөв. =%50%Код#Хэсэгчлэн зөв.}");

        Assert.That(question.Name, Is.EqualTo("А1"));
        Assert.That(question.AcceptedAnswers, Is.EqualTo(new[]
        {
            new AcceptedAnswer(0, "Нууц үг ба код", 100, "Зөв."),
            new AcceptedAnswer(1, "Код", 50, "Хэсэгчлэн зөв."),
        }));
    }

    [TestCase("::E:: Tell me. {}", "essay question 'E' cannot be graded automatically")]
    [TestCase("Just some text.", "description 'Just some text.' has no answers and cannot be graded automatically")]
    [TestCase("Broken { =a", "question 'Broken { =a' has no '{...}' answer block")]
    [TestCase("Broken } =a {", "question 'Broken } =a {' has no '{...}' answer block")]
    [TestCase("Q? {~a}", "a multiple-choice question needs at least two answers")]
    [TestCase("Q? {~a ~b}", "a multiple-choice question needs an answer with a positive weight")]
    [TestCase("Q? {~%150%a ~b}", "weight must be between -100% and 100%")]
    [TestCase("Q? {=a->1 =b}", "matching pair 'b' has no '->'")]
    [TestCase("Q? {=a->1 =->2}", "matching needs at least two pairs")]
    [TestCase("Q? {=a->1 =b->}", "a matching pair needs a right-hand side after '->'")]
    [TestCase("Q? {#three}", "numerical answer 'three' is not a number, min..max or value:tolerance")]
    [TestCase("Q? {#5..1}", "numerical answer '5..1' is not a number, min..max or value:tolerance")]
    [TestCase("Q? {#~#only feedback}", "a numerical question needs at least one answer")]
    [TestCase("Q? {=%0%a}", "a short-answer question needs an answer with a positive weight")]
    [TestCase("{=a ~b}", "question has no text")]
    public void ReportsWhatCannotBeImported(string gift, string message)
    {
        var result = GiftParser.Parse("// first\n\n" + gift);

        Assert.That(result.Questions, Is.Empty);
        QuizErrors.AssertAre(result.Errors, (3, message));
    }

    [Test]
    public void ConvertsGoodQuestionsAroundBadOnes()
    {
        var result = GiftParser.Parse("A? {T}\n\nEssay? {}\n\nB? {F}\n");

        Assert.That(result.Questions.Select(q => q.Line), Is.EqualTo(new[] { 1, 5 }));
        Assert.That(result.Errors.Select(e => e.Line), Is.EqualTo(new[] { 3 }));
    }

    [Test]
    public void NeverThrowsOnGarbage()
    {
        var random = new Random(20240611);
        const string alphabet = "{}~=#:%->.\\ \n/[]$TFab01ӨүЁ*";
        var samples = new List<string> { "", "{", "}", "::", "::a", "{#}", "{#..}", "{=}", "{~}", "{->}", "####", "{####}", "\\", "{%%}", "{~%-%a}", "{#:}", "{#1:}" };
        for (var i = 0; i < 2000; i++)
            samples.Add(new string(Enumerable.Range(0, random.Next(1, 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray()));

        foreach (var sample in samples)
        {
            Assert.That(() => GiftParser.Parse(sample), Throws.Nothing, sample);
            Assert.That(() => AikenParser.Parse(sample), Throws.Nothing, sample);
        }
    }

    private static QuestionDefinition Single(string gift)
    {
        var result = GiftParser.Parse(gift);
        Assert.That(result.Errors, Is.Empty);
        return result.Questions.Single();
    }
}

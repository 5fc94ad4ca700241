using Dice.Lms.Domain.Quizzes;

namespace Dice.Lms.Domain.Tests.Quizzes;

public class AikenParserTests
{
    [Test]
    public void ReadsDotAndParenthesisOptionsWithOrWithoutSpace()
    {
        var result = AikenParser.Parse("Which?\r\nA.one\r\nB) two\r\nC. three\r\nANSWER: C\r\n");

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Questions.Single().Options, Is.EqualTo(new[]
        {
            new ChoiceOption(0, "one", 0), new ChoiceOption(1, "two", 0), new ChoiceOption(2, "three", 100),
        }));
    }

    [Test]
    public void ReadsMongolianText()
    {
        var question = AikenParser.Parse("Аль нь хүчтэй нууц үг вэ?\nA) Батболд1990\nB) гэр-цонх-цэнхэр-морь\nANSWER: B").Questions.Single();

        Assert.That(question.Text, Is.EqualTo("Аль нь хүчтэй нууц үг вэ?"));
        Assert.That(question.Options[1], Is.EqualTo(new ChoiceOption(1, "гэр-цонх-цэнхэр-морь", 100)));
    }

    [Test]
    public void ReportsAnAnswerThatNamesNoOption()
    {
        var result = AikenParser.Parse("Which?\nA) a\nB) b\nANSWER: D");

        Assert.That(result.Questions, Is.Empty);
        QuizErrors.AssertAre(result.Errors, (4, "ANSWER 'D' is not one of the options A to B"));
    }

    [Test]
    public void ReportsAQuestionLeftOpenAtTheEnd()
    {
        var result = AikenParser.Parse("Which?\nA) a\nB) b\nANSWER: A\n\nUnfinished\nA) a\n");

        Assert.That(result.Questions, Has.Count.EqualTo(1));
        QuizErrors.AssertAre(result.Errors, (6, "question not completed (no ANSWER line): Unfinished"));
    }
}

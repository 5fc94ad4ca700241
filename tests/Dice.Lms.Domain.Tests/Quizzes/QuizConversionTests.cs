using System.Text.Json;
using Dice.Lms.Domain.Quizzes;

namespace Dice.Lms.Domain.Tests.Quizzes;

public class QuizConversionTests
{
    [Test]
    public void JsonHasTheContractShape()
    {
        var result = GiftParser.Parse("::Q1:: Pick {=yes#Right. ~no#Wrong.}\n\n::E:: Essay {}\n");

        var json = JsonDocument.Parse(QuizConversion.ToJson(result)).RootElement;

        var question = json.GetProperty("questions")[0];
        Assert.That(question.GetProperty("line").GetInt32(), Is.EqualTo(1));
        Assert.That(question.GetProperty("name").GetString(), Is.EqualTo("Q1"));
        Assert.That(question.GetProperty("type").GetString(), Is.EqualTo("single"));
        Assert.That(question.GetProperty("text").GetString(), Is.EqualTo("Pick"));
        var answer = question.GetProperty("answers")[0];
        Assert.That(answer.GetProperty("text").GetString(), Is.EqualTo("yes"));
        Assert.That(answer.GetProperty("correct").GetBoolean(), Is.True);
        Assert.That(answer.GetProperty("weight").GetDecimal(), Is.EqualTo(100m));
        Assert.That(answer.GetProperty("feedback").GetString(), Is.EqualTo("Right."));
        Assert.That(question.GetProperty("answers")[1].GetProperty("correct").GetBoolean(), Is.False);
        var error = json.GetProperty("errors")[0];
        Assert.That((error.GetProperty("line").GetInt32(), error.GetProperty("message").GetString()),
            Is.EqualTo((3, "essay question 'E' cannot be graded automatically")));
    }

    [Test]
    public void JsonNamesEveryTypeAsTheContractDoes()
    {
        var json = JsonDocument.Parse(QuizConversion.ToJson(GiftParser.Parse(MoodleFixtures.Read("questions.gift.txt")))).RootElement;

        var types = json.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("type").GetString()).Distinct();
        Assert.That(types, Is.EquivalentTo(new[] { "matching", "single", "multiple", "numerical", "shortanswer", "truefalse" }));
    }

    [Test]
    public void JsonWritesMatchingPairsAndNumbersAsText()
    {
        var json = JsonDocument.Parse(QuizConversion.ToJson(GiftParser.Parse("Match {=a -> 1 =b -> 2 = -> 3}\n\nNumber {#3:2 =1..5}"))).RootElement;

        var pairs = json.GetProperty("questions")[0].GetProperty("answers").EnumerateArray()
            .Select(a => (a.GetProperty("text").GetString(), a.GetProperty("correct").GetBoolean(), a.GetProperty("weight").GetDecimal()));
        Assert.That(pairs, Is.EqualTo(new[] { ("a -> 1", true, 50m), ("b -> 2", true, 50m), ("-> 3", false, 0m) }));
        var numbers = json.GetProperty("questions")[1].GetProperty("answers").EnumerateArray().Select(a => a.GetProperty("text").GetString());
        Assert.That(numbers, Is.EqualTo(new[] { "3 ± 2", "1..5" }));
    }

    [Test]
    public void JsonKeepsCyrillicReadable()
    {
        var json = QuizConversion.ToJson(GiftParser.Parse("Хоёр шаттай? {=Тийм ~Үгүй}"));

        Assert.That(json, Does.Contain("\"Хоёр шаттай?\""));
        Assert.That(json, Does.Contain("\"Үгүй\""));
    }

    [Test]
    public void MarkdownIsAQuizBlockThatReadsBackUnchanged()
    {
        var imported = GiftParser.Parse(MoodleFixtures.Read("questions.gift.txt"));

        var markdown = QuizConversion.ToMarkdown(imported.Questions);

        var lines = markdown.Split('\n');
        Assert.That(lines[0], Is.EqualTo("```quiz"));
        Assert.That(markdown, Does.EndWith("\n```\n"));
        var reread = QuizSyntax.Parse(lines[1..^2], 2);
        Assert.That(reread.Errors, Is.Empty, markdown);
        Assert.That(reread.Quiz!.Questions.Select(q => q with { Line = 0 }),
            Is.EqualTo(imported.Questions.Select(q => q with { Line = 0, Name = null })).UsingPropertiesComparer(), markdown);
    }

    [Test]
    public void AikenMarkdownReadsBackUnchanged()
    {
        var imported = AikenParser.Parse(MoodleFixtures.Read("questions.aiken.txt"));

        var lines = QuizConversion.ToMarkdown(imported.Questions).Split('\n');
        var reread = QuizSyntax.Parse(lines[1..^2], 2);

        Assert.That(reread.Errors, Is.Empty);
        Assert.That(reread.Quiz!.Questions.Select(q => q with { Line = 0 }),
            Is.EqualTo(imported.Questions.Select(q => q with { Line = 0 })).UsingPropertiesComparer());
    }
}

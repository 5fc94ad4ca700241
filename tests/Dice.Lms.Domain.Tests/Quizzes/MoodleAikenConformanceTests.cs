using Dice.Lms.Domain.Quizzes;

namespace Dice.Lms.Domain.Tests.Quizzes;

/// <summary>The Aiken fixtures read as Moodle's importer reads them (see the fixtures' README).</summary>
public class MoodleAikenConformanceTests
{
    [Test]
    public void ReadsTwoSingleAnswerQuestions()
    {
        var result = AikenParser.Parse(MoodleFixtures.Read("questions.aiken.txt"));

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Questions, Has.Count.EqualTo(2));
        Assert.That(result.Questions.Select(q => q.Type), Is.All.EqualTo(QuestionType.Single));
        Assert.That(result.Questions[0].Text, Is.EqualTo("The Moodle project was started by:"));
        Assert.That(result.Questions[0].Options.Select(o => (o.Text, o.Weight)), Is.EqualTo(new[]
        {
            ("Petr Skoda", 0m), ("Martin Dougiamas", 100m), ("Eloy Lafuente", 0m), ("Tim Hunt", 0m),
        }));
        Assert.That(result.Questions[1].Options.Select(o => (o.Text, o.Weight)), Is.EqualTo(new[] { ("True", 100m), ("False", 0m) }));
        Assert.That(result.Questions.Select(q => q.Line), Is.EqualTo(new[] { 1, 8 }));
    }

    [Test]
    public void KeepsHtmlCharactersAsText()
    {
        var result = AikenParser.Parse(MoodleFixtures.Read("questions.aiken.txt"));

        Assert.That(result.Questions[1].Text, Is.EqualTo("Moodle's abilities include handling user input that includes <html class=\"cool\"> & images:"));
    }

    [Test]
    public void ReadsTheGoodQuestionsAroundBrokenOnes()
    {
        var result = AikenParser.Parse(MoodleFixtures.Read("aiken_errors.txt"));

        Assert.That(result.Questions.Select(q => q.Text), Is.EqualTo(new[] { "A good question", "A second good question" }));
        Assert.That(result.Questions[0].Options, Is.EqualTo(new[] { new ChoiceOption(0, "Correct", 100), new ChoiceOption(1, "Incorrect", 0) }));
        Assert.That(result.Questions[1].Options, Is.EqualTo(new[] { new ChoiceOption(0, "Incorrect (No space)", 0), new ChoiceOption(1, "Correct (No space)", 100) }));
    }

    [Test]
    public void ReportsEachBrokenQuestionByLine()
    {
        var result = AikenParser.Parse(MoodleFixtures.Read("aiken_errors.txt"));

        QuizErrors.AssertAre(
            result.Errors,
            (3, "question must have at least 2 answers: A question with too few answers"),
            (5, "option outside a question (question not started): A) Question not started"),
            (7, "ANSWER line outside a question (question not started): ANSWER: Question not started"),
            (18, "question not completed before the next question starts (no ANSWER line): A question started but not finished"));
    }
}

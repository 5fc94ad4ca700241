using Dice.Lms.Domain.Quizzes;

namespace Dice.Lms.Domain.Tests.Quizzes;

public class QuizSyntaxTests
{
    // The example quiz of docs/authoring.md, "Quizzes".
    private const string DocumentedQuiz = """
        pass-mark: 70
        attempts: 3

        ## Which of these passwords is the strongest?
        - [ ] Batbold1990 :: Names and birth years are the first things attackers try.
        - [x] ger-window-blue-horse-2024 :: Right: a long passphrase of unrelated words is hard to guess.
        - [ ] P@ssw0rd :: Swapping letters for symbols fools nobody; this one is in every leaked list.
        > A long passphrase beats a short, complicated password.

        ## Which of these make an account safer? Choose all that apply.
        - [x] Two-step verification :: Yes: a stolen password alone is no longer enough.
        - [x] A different password for every site :: Yes: one leak then opens one door only.
        - [ ] Sharing the password with a trusted colleague by Messenger :: No: messages are stored and can be read by others.

        ## A bank never asks for your PIN by e-mail.
        type: truefalse
        - [x] True :: Right: banks never ask for PINs or passwords by e-mail or phone.
        - [ ] False :: Banks never ask for your PIN; such a message is phishing.

        ## What is the name of the second step that a code from your phone adds to a password?
        = two-step verification :: Right.
        = 2-step verification :: Right.
        = (50%) verification code :: Partly: the code is part of two-step verification.
        otherwise :: It is called two-step verification (or two-factor authentication).

        ## Match each warning sign to what it means.
        - An unknown sender asks you to act fast -> Pressure to stop you thinking
        - The link text and the real address differ -> The link leads somewhere else
        - -> The message is from your colleague

        ## How many characters should a passphrase have at least?
        type: numerical
        = 15 ± 3 :: Right: around 15 characters or more.
        = 12..30 :: Good enough.
        otherwise :: Aim for at least 15 characters.
        """;

    [Test]
    public void ReadsTheDocumentedExample()
    {
        var result = Parse(DocumentedQuiz, firstLine: 41);

        Assert.That(result.Errors, Is.Empty);
        var quiz = result.Quiz!;
        Assert.That((quiz.PassMark, quiz.MaxAttempts, quiz.WaitMinutes, quiz.TimeLimitMinutes), Is.EqualTo(((int?)70, (int?)3, 0, 0)));
        Assert.That(quiz.Questions.Select(q => q.Type), Is.EqualTo(new[]
        {
            QuestionType.Single, QuestionType.Multiple, QuestionType.TrueFalse,
            QuestionType.ShortAnswer, QuestionType.Matching, QuestionType.Numerical,
        }));
        Assert.That(quiz.Questions.Select(q => q.Line), Is.EqualTo(new[] { 44, 50, 55, 60, 66, 71 }));
    }

    [Test]
    public void ReadsOptionsWithIdsWeightsAndFeedback()
    {
        var question = Parse(DocumentedQuiz).Quiz!.Questions[0];

        Assert.That(question.Text, Is.EqualTo("Which of these passwords is the strongest?"));
        Assert.That(question.Options, Is.EqualTo(new[]
        {
            new ChoiceOption(0, "Batbold1990", 0, "Names and birth years are the first things attackers try."),
            new ChoiceOption(1, "ger-window-blue-horse-2024", 100, "Right: a long passphrase of unrelated words is hard to guess."),
            new ChoiceOption(2, "P@ssw0rd", 0, "Swapping letters for symbols fools nobody; this one is in every leaked list."),
        }));
        Assert.That(question.GeneralFeedback, Is.EqualTo("A long passphrase beats a short, complicated password."));
        Assert.That(question.Points, Is.EqualTo(1m));
        Assert.That(question.Name, Is.Null);
    }

    [Test]
    public void MultipleWithoutWeightsSharesCreditAndSplitsPenalty()
    {
        var question = Parse(DocumentedQuiz).Quiz!.Questions[1];

        Assert.That(question.Options.Select(o => o.Weight), Is.EqualTo(new[] { 50m, 50m, -100m }));
    }

    [Test]
    public void ReadsShortAnswersWithPartialCreditAndOtherwise()
    {
        var question = Parse(DocumentedQuiz).Quiz!.Questions[3];

        Assert.That(question.AcceptedAnswers, Is.EqualTo(new[]
        {
            new AcceptedAnswer(0, "two-step verification", 100, "Right."),
            new AcceptedAnswer(1, "2-step verification", 100, "Right."),
            new AcceptedAnswer(2, "verification code", 50, "Partly: the code is part of two-step verification."),
        }));
        Assert.That(question.OtherwiseFeedback, Is.EqualTo("It is called two-step verification (or two-factor authentication)."));
    }

    [Test]
    public void ReadsMatchingPairsAndDistractors()
    {
        var question = Parse(DocumentedQuiz).Quiz!.Questions[4];

        Assert.That(question.MatchPairs, Is.EqualTo(new[]
        {
            new MatchPair(0, "An unknown sender asks you to act fast", "Pressure to stop you thinking"),
            new MatchPair(1, "The link text and the real address differ", "The link leads somewhere else"),
            new MatchPair(2, null, "The message is from your colleague"),
        }));
    }

    [Test]
    public void ReadsEveryNumericalForm()
    {
        var question = Parse("""
            ## How many?
            type: numerical
            = 15 ± 3
            = 15 +- 3
            = (50%) 12..30 :: Good enough.
            = 7
            = -1,5
            """).Quiz!.Questions[0];

        Assert.That(question.NumericAnswers, Is.EqualTo(new[]
        {
            NumericAnswer.Around(0, 15, 3, 100),
            NumericAnswer.Around(1, 15, 3, 100),
            NumericAnswer.Between(2, 12, 30, 50, "Good enough."),
            NumericAnswer.Around(3, 7, 0, 100),
            NumericAnswer.Around(4, -1.5m, 0, 100),
        }));
    }

    [Test]
    public void ReadsSettingsAndPoints()
    {
        var quiz = Parse("""
            attempts: unlimited
            wait-minutes: 10
            time-limit-minutes: 30

            ## Pick one
            points: 2.5
            - [x] (100%) a
            - [ ] (-50%) b
            """).Quiz!;

        Assert.That((quiz.PassMark, quiz.MaxAttempts, quiz.WaitMinutes, quiz.TimeLimitMinutes), Is.EqualTo(((int?)null, (int?)null, 10, 30)));
        Assert.That(quiz.Questions[0].Points, Is.EqualTo(2.5m));
        Assert.That(quiz.Questions[0].Options.Select(o => o.Weight), Is.EqualTo(new[] { 100m, -50m }));
    }

    [Test]
    public void EscapedSeparatorIsLiteral()
    {
        var question = Parse("""
            ## What does C\:: mean?
            - [x] a \:: b :: feedback \:: here
            - [ ] c
            """).Quiz!.Questions[0];

        Assert.That(question.Text, Is.EqualTo("What does C:: mean?"));
        Assert.That(question.Options[0], Is.EqualTo(new ChoiceOption(0, "a :: b", 100, "feedback :: here")));
    }

    [Test]
    public void KeepsMongolianText()
    {
        var question = Parse("""
            ## Хоёр шаттай баталгаажуулалт гэж юу вэ?
            = Хоёр шаттай баталгаажуулалт :: Зөв.
            """).Quiz!.Questions[0];

        Assert.That(question.AcceptedAnswers[0], Is.EqualTo(new AcceptedAnswer(0, "Хоёр шаттай баталгаажуулалт", 100, "Зөв.")));
    }

    [Test]
    public void ExplicitSingleAllowsPartialCreditOnOtherOptions()
    {
        var question = Parse("""
            ## Best?
            - [x] a
            - [ ] (50%) b
            - [ ] c
            """).Quiz!.Questions[0];

        Assert.That(question.Type, Is.EqualTo(QuestionType.Single));
        Assert.That(question.Options.Select(o => o.Weight), Is.EqualTo(new[] { 100m, 50m, 0m }));
    }

    [Test]
    public void ExplicitMultipleWithOneCorrectOption()
    {
        var question = Parse("""
            ## Which apply?
            type: multiple
            - [x] a
            - [ ] b
            - [ ] c
            """).Quiz!.Questions[0];

        Assert.That(question.Type, Is.EqualTo(QuestionType.Multiple));
        Assert.That(question.Options.Select(o => o.Weight), Is.EqualTo(new[] { 100m, -50m, -50m }));
    }

    [Test]
    public void WriteReadsBackTheSameQuiz()
    {
        var quiz = Parse(DocumentedQuiz).Quiz!;

        var written = QuizSyntax.Write(quiz);
        var reread = QuizSyntax.Parse(written.Split('\n'), 1);

        Assert.That(reread.Errors, Is.Empty, written);
        Assert.That(WithoutLines(reread.Quiz!), Is.EqualTo(WithoutLines(quiz)).UsingPropertiesComparer());
    }

    [Test]
    public void WriteKeepsUnusualWeightsTypesPointsAndEscapes()
    {
        var quiz = new QuizDefinition(null, 2, 5, 0,
        [
            new QuestionDefinition
            {
                Line = 1, Type = QuestionType.Multiple, Text = "Which? C:: drive", Points = 3,
                Options = [new(0, "a", 100, "yes :: really"), new(1, "b", -100), new(2, "c", 0)],
                GeneralFeedback = "first line\nsecond line",
            },
            new QuestionDefinition
            {
                Line = 2, Type = QuestionType.Single, Text = "Best?",
                Options = [new(0, "a", 100), new(1, "b", 100), new(2, "c", 33.333m)],
            },
            new QuestionDefinition
            {
                Line = 3, Type = QuestionType.Numerical, Text = "Number?",
                NumericAnswers = [NumericAnswer.Around(0, 3, 2, 100), NumericAnswer.Between(1, 0.5m, 1.25m, -20)],
                OtherwiseFeedback = "no",
            },
        ]);

        var written = QuizSyntax.Write(quiz);
        var reread = QuizSyntax.Parse(written.Split('\n'), 1);

        Assert.That(reread.Errors, Is.Empty, written);
        Assert.That(WithoutLines(reread.Quiz!), Is.EqualTo(WithoutLines(quiz)).UsingPropertiesComparer(), written);
    }

    [Test]
    public void WriteLeavesDefaultsOut()
    {
        var written = QuizSyntax.Write(Parse(DocumentedQuiz).Quiz!);

        Assert.That(written, Does.StartWith("pass-mark: 70\nattempts: 3\n\n## Which of these passwords is the strongest?\n- [ ] Batbold1990 :: "));
        Assert.That(written, Does.Contain("\n- [x] Two-step verification :: Yes"));
        Assert.That(written, Does.Contain("\n= (50%) verification code :: "));
        Assert.That(written, Does.Contain("\n- -> The message is from your colleague\n"));
        Assert.That(written, Does.Contain("\ntype: numerical\n= 15 ± 3 :: Right"));
    }

    [TestCase("passmark: 70", 1, "unknown setting 'passmark' (expected pass-mark, attempts, wait-minutes, time-limit-minutes)")]
    [TestCase("pass-mark: 70\npass-mark: 80", 2, "setting 'pass-mark' is given twice")]
    [TestCase("pass-mark: 101", 1, "pass-mark must be a whole number from 0 to 100, not '101'")]
    [TestCase("pass-mark: seventy", 1, "pass-mark must be a whole number from 0 to 100, not 'seventy'")]
    [TestCase("attempts: 0", 1, "attempts must be a whole number of at least 1, or 'unlimited', not '0'")]
    [TestCase("wait-minutes: -5", 1, "wait-minutes must be a whole number of 0 or more, not '-5'")]
    [TestCase("time-limit-minutes: 1.5", 1, "time-limit-minutes must be a whole number of 0 or more, not '1.5'")]
    [TestCase("Which is right?", 1, "line is not part of a question: Which is right? (a question starts with '## ')")]
    public void ReportsSettingProblems(string settings, int line, string message)
    {
        var result = Parse(settings + "\n## Q\n- [x] a\n- [ ] b");

        Assert.That(result.Quiz, Is.Null);
        QuizErrors.AssertAre(result.Errors, (line, message));
    }

    [TestCase("## Q\n- [x] a\n- [ ] b\npass-mark: 70", 4, "setting 'pass-mark' must come before the first question")]
    [TestCase("## Q", 1, "question has no answers")]
    [TestCase("##\n- [x] a\n- [ ] b", 1, "question has no text")]
    [TestCase("## Q\n- [ ] a\n- [ ] b", 1, "a choice question needs at least one correct option '- [x]'")]
    [TestCase("## Q\ntype: single\n- [x] a\n- [x] b", 1, "a single-choice question needs exactly one correct option")]
    [TestCase("## Q\n- [x] a", 1, "a choice question needs at least two options")]
    [TestCase("## Q\ntype: multiple\n- [ ] a\n- [ ] b", 1, "a multiple-response question needs at least one correct option")]
    [TestCase("## Q\ntype: truefalse\n- [x] True\n- [x] False", 1, "truefalse needs exactly two options, one correct")]
    [TestCase("## Q\ntype: truefalse\n- [x] True\n- [ ] False\n- [ ] Maybe", 1, "truefalse needs exactly two options, one correct")]
    [TestCase("## Q\ntype: numerical\n= 3 ±", 3, "numerical answer '3 ±' is not a number, range or value ± tolerance")]
    [TestCase("## Q\ntype: numerical\n= three", 3, "numerical answer 'three' is not a number, range or value ± tolerance")]
    [TestCase("## Q\ntype: numerical\n= 5..1", 3, "numerical range '5..1' starts above where it ends")]
    [TestCase("## Q\ntype: numerical\n= 3 ± -1", 3, "numerical answer '3 ± -1' has a negative tolerance")]
    [TestCase("## Q\n- [x] (150%) a\n- [ ] b", 2, "weight must be between -100% and 100%")]
    [TestCase("## Q\n= (-101%) a\n= b", 2, "weight must be between -100% and 100%")]
    [TestCase("## Q\n- a -> b\n- -> c", 1, "matching needs at least two pairs")]
    [TestCase("## Q\n- a -> b\n- c ->", 3, "a matching pair needs a right-hand side after '->'")]
    [TestCase("## Q\n- a -> b :: fb\n- c -> d", 2, "a matching pair cannot have feedback after '::' (write '\\::' for a literal '::')")]
    [TestCase("## Q\n- [x] a\n- [ ] b\nSome text", 4, "line is not part of a question: Some text (expected '- [x]', '- [ ]', '= ', '- left -> right', 'type:', 'points:', 'otherwise ::' or '> ')")]
    [TestCase("## Q\n- [x] a\n- [ ] c\n- b", 4, "option needs '[x]' or '[ ]' (or '->' for a matching pair): - b")]
    [TestCase("## Q\n- [x] a\n- [ ] :: fb", 3, "option has no text")]
    [TestCase("## Q\n= :: fb", 2, "answer has no text")]
    [TestCase("## Q\n- [x] a\n= b", 1, "a question cannot mix choice options, '=' answers and '->' pairs")]
    [TestCase("## Q\ntype: essay\n= a", 2, "unknown question type 'essay' (expected single, multiple, truefalse, shortanswer, matching, numerical)")]
    [TestCase("## Q\ntype: shortanswer\ntype: shortanswer\n= a", 3, "type is given twice")]
    [TestCase("## Q\npoints: 0\n= a", 2, "points must be a number greater than 0, not '0'")]
    [TestCase("## Q\npoints: 1\npoints: 2\n= a", 3, "points is given twice")]
    [TestCase("## Q\n= a\notherwise :: x\notherwise :: y", 4, "otherwise is given twice")]
    [TestCase("## Q\n- [x] a\n- [ ] b\notherwise :: x", 4, "'otherwise ::' only applies to shortanswer and numerical questions")]
    [TestCase("## Q\n= (0%) a", 1, "no answer gives credit: at least one '=' answer must be worth more than 0%")]
    [TestCase("## Q\ntype: matching\n= a", 1, "a matching question needs '- left -> right' pairs")]
    [TestCase("## Q\ntype: numerical\n- [x] a\n- [ ] b", 1, "a numerical question needs '= number' lines")]
    [TestCase("## Q\ntype: shortanswer\n- a -> b\n- c -> d", 1, "a shortanswer question needs '= answer' lines")]
    [TestCase("## Q\ntype: truefalse\n= a", 1, "a truefalse question needs '- [x]' and '- [ ]' options")]
    public void ReportsQuestionProblems(string block, int line, string message)
    {
        var result = Parse(block);

        Assert.That(result.Quiz, Is.Null);
        QuizErrors.AssertAre(result.Errors, (line, message));
    }

    [Test]
    public void ReportsAnEmptyQuiz()
    {
        var result = QuizSyntax.Parse(["pass-mark: 50", ""], 12);

        QuizErrors.AssertAre(result.Errors, (12, "quiz has no questions"));
    }

    [Test]
    public void ReportsLinesOfTheFileAndKeepsGoingAfterAnError()
    {
        var result = QuizSyntax.Parse(["## One", "- [ ] a", "- [ ] b", "", "## Two", "= (200%) x"], 20);

        QuizErrors.AssertAre(
            result.Errors,
            (20, "a choice question needs at least one correct option '- [x]'"),
            (25, "weight must be between -100% and 100%"));
    }

    private static QuizParseResult Parse(string block, int firstLine = 1) =>
        QuizSyntax.Parse(block.Split('\n'), firstLine);

    private static QuizDefinition WithoutLines(QuizDefinition quiz) =>
        quiz with { Questions = quiz.Questions.Select(q => q with { Line = 0 }).ToList() };
}

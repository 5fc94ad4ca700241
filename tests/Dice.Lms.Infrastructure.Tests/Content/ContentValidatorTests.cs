using System.Text.RegularExpressions;
using Dice.Lms.Infrastructure.Content;

namespace Dice.Lms.Infrastructure.Tests.Content;

/// <summary>Each test breaks a copy of the valid sample course in one way and expects exactly the matching problems.</summary>
public partial class ContentValidatorTests
{
    private const string En = TempContent.English;
    private const string Mn = TempContent.Mongolian;
    private const string Course = TempContent.Course;
    private const string SelfAssessment = TempContent.SelfAssessment;

    private TempContent _content = null!;

    [SetUp]
    public void CopySamples() => _content = TempContent.FromSamples();

    [TearDown]
    public void DeleteCopy() => _content.Dispose();

    [Test]
    public void UnchangedSampleIsValid() => Assert.That(Problems(), Is.Empty);

    [Test]
    public void ProblemPrintsAsPathLineSeverityMessage()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new ContentProblem("a/b.md", 3, ContentSeverity.Error, new("муу", "bad")).ToString(), Is.EqualTo("a/b.md:3: error: bad"));
            Assert.That(new ContentProblem("a/b.md", 4, ContentSeverity.Warning, new("сонин", "odd")).ToString(), Is.EqualTo("a/b.md:4: warning: odd"));
        });
    }

    [Test]
    public void MissingFrontMatter()
    {
        _content.Replace(En, "---\nid: strong-passwords\n", "id: strong-passwords\n");
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            $"{En}:1: error: missing front matter: the file must start with a line '---', the module's keys and another '---'",
            $"{Mn}:1: warning: no en version of this module: learners will read the mn version with a notice",
        }));
    }

    [Test]
    public void UnclosedFrontMatter()
    {
        _content.Replace(En, "support.google.com\"]\n---\n", "support.google.com\"]\n");
        // The body has "---" nowhere else, so the front matter never ends.
        Assert.That(Problems(), Does.Contain($"{En}:1: error: front matter is not closed: add a line '---' after the module's keys"));
    }

    [Test]
    public void YamlSyntaxErrorIsReportedAtItsFileLine()
    {
        _content.Replace(En, "title: Strong passwords\n", "title: Strong: passwords\n");
        var problems = ContentValidator.Validate(_content.Root);
        Assert.That(problems, Has.Count.EqualTo(1));
        Assert.Multiple(() =>
        {
            Assert.That(problems[0].Path, Is.EqualTo(En));
            Assert.That(problems[0].Line, Is.EqualTo(3));
            Assert.That(problems[0].Severity, Is.EqualTo(ContentSeverity.Error));
            Assert.That(problems[0].Message, Is.EqualTo("YAML syntax error: While scanning a plain scalar value, found invalid mapping. Put quotes around a text that contains ': '"));
        });
    }

    [Test]
    public void YamlSyntaxErrorInCourseYml()
    {
        _content.Replace(Course, "  en: Digital safety\n", "  en: [Digital safety\n");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{Course}:5: error: YAML syntax error: a list [ ] or a set of keys {{ }} is not closed" }));
    }

    [Test]
    public void DuplicateYamlKey()
    {
        _content.Replace(En, "minutes: 20\n", "minutes: 20\nminutes: 30\n");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{En}:7: error: YAML syntax error: Duplicate key minutes" }));
    }

    [Test]
    public void EmptyFrontMatter()
    {
        _content.Write(En, "---\n---\nBody.\n");
        Assert.That(Problems(), Does.Contain($"{En}:1: error: expected YAML keys and values (key: value)"));
    }

    [Test]
    public void MissingRequiredKey()
    {
        _content.Replace(En, "minutes: 20\n", "");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{En}:1: error: missing required key 'minutes'" }));
    }

    [Test]
    public void UnknownKeyIsNamed()
    {
        _content.Replace(En, "title: Strong passwords\n", "title: Strong passwords\nauthor: Batbold\n");
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            $"{En}:4: error: unknown key 'author': allowed keys are id, title, level, competences, minutes, objectives, reviewed, sources",
        }));
    }

    [Test]
    public void MinutesMustBeAWholeNumber()
    {
        _content.Replace(En, "minutes: 20\n", "minutes: twenty\n");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{En}:6: error: 'minutes' must be a whole number of at least 1" }));
    }

    [Test]
    public void TitleMustBeAText()
    {
        _content.Replace(En, "title: Strong passwords\n", "title:\n  - Strong passwords\n");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{En}:3: error: 'title' must be a text, not a list" }));
    }

    [Test]
    public void CompetencesMustBeAList()
    {
        _content.Replace(En, "competences: [\"4.1\", \"4.2\"]\n", "competences: \"4.1\"\n");
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            $"{En}:5: error: 'competences' must be a list, like [\"a\", \"b\"] or lines starting with '- '",
        }));
    }

    [Test]
    public void ObjectivesMustNotBeEmpty()
    {
        _content.Replace(En, "objectives:\n  - Create a long passphrase you can remember\n  - Turn on two-step verification\n", "objectives: []\n");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{En}:7: error: 'objectives' is empty" }));
    }

    [Test]
    public void DuplicateCourseIdNamesTheOtherCourse()
    {
        _content.Write("zz-copy/course.yml", _content.Read(Course));
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            "zz-copy/course.yml:1: error: duplicate course id 'digital-safety': also used by safety/course.yml",
        }));
    }

    [Test]
    public void DuplicateModuleIdNamesTheOtherFile()
    {
        _content.Write("safety/02-passwords-again.en.md", _content.Read(En));
        _content.Write("safety/02-passwords-again.mn.md", _content.Read(Mn));
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            $"safety/02-passwords-again.en.md:2: error: duplicate module id 'strong-passwords': also used by {En}",
            $"safety/02-passwords-again.mn.md:2: error: duplicate module id 'strong-passwords': also used by {En}",
        }));
    }

    [Test]
    public void UnknownArea()
    {
        _content.Replace(Course, "area: safety\n", "area: security\n");
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            $"{Course}:2: error: unknown area 'security': use devices, information, communication, content-creation, safety, problem-solving",
        }));
    }

    [Test]
    public void UnknownCompetenceCode()
    {
        _content.Replace(En, "competences: [\"4.1\", \"4.2\"]\n", "competences: [\"4.1\", \"9.9\"]\n");
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            $"{En}:5: error: unknown competence code '9.9': use codes such as \"4.1\" from docs/authoring.md",
        }));
    }

    [Test]
    public void BadLevelWord()
    {
        _content.Replace(En, "level: beginner\n", "level: easy\n");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{En}:4: error: unknown level 'easy': use beginner, intermediate, advanced or expert" }));
    }

    [Test]
    public void LevelNoneIsNotAModuleLevel()
    {
        _content.Replace(En, "level: beginner\n", "level: none\n");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{En}:4: error: unknown level 'none': use beginner, intermediate, advanced or expert" }));
    }

    [TestCase("notes.md")]
    [TestCase("1-strong-passwords.en.md")]
    [TestCase("01_strong_passwords.en.md")]
    [TestCase("01-Strong-Passwords.en.md")]
    [TestCase("01-strong-passwords.md")]
    public void BadFileName(string fileName)
    {
        _content.Write($"safety/{fileName}", _content.Read(En));
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            $"safety/{fileName}:1: error: bad file name '{fileName}': module files are named NN-slug.LANG.md, like 01-strong-passwords.mn.md",
        }));
    }

    [Test]
    public void BadLanguage()
    {
        _content.Write("safety/01-strong-passwords.fr.md", _content.Read(En));
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            "safety/01-strong-passwords.fr.md:1: error: unknown language 'fr' in the file name: use mn or en",
        }));
    }

    [Test]
    public void ModuleIdDiffersBetweenLanguages()
    {
        _content.Replace(Mn, "id: strong-passwords\n", "id: passwords\n");
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            $"{Mn}:2: error: module id 'passwords' differs from 'strong-passwords' in 01-strong-passwords.en.md: both language files must use the same id",
        }));
    }

    [Test]
    public void MissingImage()
    {
        _content.Replace(En, "(images/passphrase.png)", "(images/missing.png)");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{En}:26: error: image 'images/missing.png' not found" }));
    }

    [Test]
    public void ImageWithoutAltText()
    {
        _content.Replace(En, "![Four unrelated words joined by dashes]", "![]");
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            $"{En}:26: error: image has no alt text: say what the picture shows, like ![A fake bank e-mail](images/phishing.png)",
        }));
    }

    [TestCase("https://example.org/passphrase.png")]
    [TestCase("//example.org/passphrase.png")]
    [TestCase("data:image/png;base64,iVBORw0KGgo=")]
    public void ImageFromAnotherHost(string url)
    {
        _content.Replace(En, "(images/passphrase.png)", $"({url})");
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            $"{En}:26: error: image '{url}' is not a file of the course: images from another host are not allowed, put it in the course's images folder",
        }));
    }

    [Test]
    public void LinkToMissingLocalFile()
    {
        _content.Replace(En, "Read more on", "Print [the checklist](files/checklist.pdf). Read more on");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{En}:28: error: link to missing file 'files/checklist.pdf'" }));
    }

    [Test]
    public void LinkToExistingLocalFileAndHeadingIsFine()
    {
        _content.Replace(En, "Read more on", "See [the picture](images/passphrase.png#top) and [the top](#why). Read more on");
        Assert.That(Problems(), Is.Empty);
    }

    [Test]
    public void LinkOutsideTheCourseFolder()
    {
        _content.Replace(En, "Read more on", "See [the list](../self-assessment.yml). Read more on");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{En}:28: error: link '../self-assessment.yml' points outside the course folder" }));
    }

    [Test]
    public void JavascriptLink()
    {
        _content.Replace(En, "Read more on", "[Click](javascript:alert(1)). Read more on");
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            $"{En}:28: error: link 'javascript:alert(1)' is not allowed: link to https://, mailto: or a file in the course folder",
        }));
    }

    [Test]
    public void RawHtmlIsAWarning()
    {
        _content.Replace(En, "A strong passphrase protects", "A <b>strong</b> passphrase protects");
        _content.Replace(En, "Read more on", "<div>\nhello\n</div>\n\nRead more on");
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            $"{En}:15: warning: raw HTML will not render: write Markdown instead",
            $"{En}:28: warning: raw HTML will not render: write Markdown instead",
        }));
    }

    [Test]
    public void UnknownCalloutKindIsAWarning()
    {
        _content.Replace(En, "::: tip\n", "::: note\n");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{En}:22: warning: unknown call-out 'note': use ::: tip, ::: warning or ::: example" }));
    }

    [Test]
    public void MoreThanOneQuizBlock()
    {
        var text = _content.Read(En);
        _content.Write(En, text + "\n```quiz\n## Again?\n- [x] Yes :: Yes.\n- [ ] No :: No.\n```\n");
        var secondFence = text.Split('\n').Length + 1;
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            $"{En}:{secondFence}: error: more than one quiz block: a module has one quiz, at its end",
        }));
    }

    [Test]
    public void MalformedQuizIsReportedAtItsFileLine()
    {
        _content.Replace(En, "attempts: 3\n", "attempts: 3\nattempts: 4\n");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{En}:33: error: quiz: setting 'attempts' is given twice" }));
    }

    [Test]
    public void QuizErrorsFollowTheFrontMatterLength()
    {
        _content.Replace(Mn, "minutes: 20\n", "minutes: 20\nobjectives:\n  - Нэг\n");
        _content.Replace(Mn, "objectives:\n  - Санахад", "  - Санахад");
        _content.Replace(Mn, "## Аль нь бүртгэлийг", "Энэ мөр асуулт биш.\n\n## Аль нь бүртгэлийг");
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            $"{Mn}:41: error: quiz: line is not part of a question: Энэ мөр асуулт биш. (expected '- [x]', '- [ ]', '= ', '- left -> right', 'type:', 'points:', 'otherwise ::' or '> ')",
        }));
    }

    [Test]
    public void CourseTitleMissingALanguage()
    {
        _content.Replace(Course, "  en: Digital safety\n", "");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{Course}:3: error: 'title' has no 'en' text" }));
    }

    [TestCase("150")]
    [TestCase("-1")]
    [TestCase("seventy")]
    public void BadPassMark(string passMark)
    {
        _content.Replace(Course, "pass-mark: 70\n", $"pass-mark: {passMark}\n");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{Course}:11: error: 'pass-mark' must be a whole number from 0 to 100" }));
    }

    [Test]
    public void BadCompletion()
    {
        _content.Replace(Course, "completion: modules-and-quizzes\n", "completion: everything\n");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{Course}:9: error: unknown completion 'everything': use modules or modules-and-quizzes" }));
    }

    [Test]
    public void BadMinLevel()
    {
        _content.Replace(Course, "min-level: beginner\n", "min-level: pro\n");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{Course}:10: error: unknown level 'pro': use beginner, intermediate, advanced or expert" }));
    }

    [Test]
    public void MissingCourseYml()
    {
        _content.Delete(Course);
        Assert.That(Problems(), Is.EqualTo(new[] { $"{Course}:1: error: course.yml is missing: every course folder needs one" }));
    }

    [Test]
    public void ModuleWithoutItsOtherLanguageIsOnlyAWarning()
    {
        _content.Delete(Mn);
        var problems = ContentValidator.Validate(_content.Root);
        Assert.That(problems.Select(p => p.ToString()), Is.EqualTo(new[]
        {
            $"{En}:1: warning: no mn version of this module: learners will read the en version with a notice",
        }));
        Assert.That(problems.Single().Severity, Is.EqualTo(ContentSeverity.Warning));
    }

    [Test]
    public void SelfAssessmentUnknownArea()
    {
        _content.Replace(SelfAssessment, "    area: devices\n", "    area: computers\n");
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            $"{SelfAssessment}:3: error: unknown area 'computers': use devices, information, communication, content-creation, safety, problem-solving",
        }));
    }

    [Test]
    public void SelfAssessmentMissingLevelDescription()
    {
        _content.Replace(SelfAssessment, "      expert:\n        mn: Би бусдад файл зохион байгуулахыг заадаг.\n        en: I teach others how to organise files.\n", "");
        Assert.That(Problems(), Is.EqualTo(new[]
        {
            $"{SelfAssessment}:7: error: question 'devices-files' has no description for level 'expert'",
        }));
    }

    [Test]
    public void SelfAssessmentLevelMissingALanguage()
    {
        _content.Replace(SelfAssessment, "        en: I use a password manager.\n", "");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{SelfAssessment}:38: error: 'advanced' has no 'en' text" }));
    }

    [Test]
    public void SelfAssessmentDuplicateId()
    {
        _content.Replace(SelfAssessment, "  - id: safety-passwords\n", "  - id: devices-files\n");
        Assert.That(Problems(), Is.EqualTo(new[] { $"{SelfAssessment}:23: error: duplicate question id 'devices-files': also on line 2" }));
    }

    [Test]
    public void ProblemsAreSortedByPathThenLine()
    {
        _content.Replace(Mn, "level: beginner\n", "level: easy\n");
        _content.Replace(En, "minutes: 20\n", "minutes: -5\n");
        _content.Replace(En, "title: Strong passwords\n", "title: Strong passwords\nauthor: Bat\n");
        _content.Replace(Course, "area: safety\n", "area: security\n");
        var problems = ContentValidator.Validate(_content.Root);
        Assert.That(problems.Select(p => (p.Path, p.Line)), Is.EqualTo(new[]
        {
            (En, 4),
            (En, 7),
            (Mn, 4),
            (Course, 2),
        }));
    }

    /// <summary>The problems as the command line prints them (English); each must also be said in Mongolian for the editor.</summary>
    private List<string> Problems()
    {
        var problems = ContentValidator.Validate(_content.Root, FixedClock.SampleDay);
        foreach (var problem in problems)
        {
            Assert.That(Cyrillic().IsMatch(problem.Text.Mn), Is.True, $"a Mongolian wording for: {problem}");
        }

        return [.. problems.Select(p => p.ToString())];
    }

    [GeneratedRegex(@"\p{IsCyrillic}")]
    private static partial Regex Cyrillic();
}

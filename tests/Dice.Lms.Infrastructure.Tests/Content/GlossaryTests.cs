using Dice.Lms.Infrastructure.Content;

namespace Dice.Lms.Infrastructure.Tests.Content;

/// <summary><c>content/glossary.yml</c>: one Mongolian term per concept; a variant in a Mongolian module is a warning.</summary>
public sealed class GlossaryTests
{
    private const string En = TempContent.English;
    private const string Mn = TempContent.Mongolian;
    private const string Glossary = "glossary.yml";
    private const string Sentence = "Хүчтэй нууц хэллэг таны байгууллагын Facebook хуудсыг хамгаална.\n";

    private const string Terms = """
        terms:
          - concept: donor
            term: хандивлагч
            variants: [донор]
          - concept: program (software)
            term: программ
            variants: [програм]
          - concept: e-mail
            term: и-мэйл
            variants: [имэйл, цахим шуудан]
        """;

    private TempContent _content = null!;

    [SetUp]
    public void CopySamples()
    {
        _content = TempContent.FromSamples();
        _content.Write(Glossary, Terms);
    }

    [TearDown]
    public void DeleteCopy() => _content.Dispose();

    [Test]
    public void TheSampleUsesNoVariant() => Assert.That(Printed(), Is.Empty);

    [Test]
    public void AVariantIsAWarningAtItsLineNamingTheTermToUse()
    {
        _content.Replace(Mn, Sentence, Sentence + "\nДонор руу тайлангаа илгээ.\n");
        var problem = ContentValidator.Validate(_content.Root, FixedClock.SampleDay).Single();
        Assert.Multiple(() =>
        {
            Assert.That(problem.ToString(), Is.EqualTo($"{Mn}:17: warning: write 'хандивлагч', not 'донор': the glossary (glossary.yml) has one term for 'donor'"));
            Assert.That(problem.Text.Mn, Is.EqualTo("'донор' биш 'хандивлагч' гэж бичнэ үү: нэр томьёоны жагсаалтад (glossary.yml) 'donor' гэдэг нэг л нэр томьёотой"));
        });
    }

    [Test]
    public void InflectedFormsOfAVariantAreFound()
    {
        _content.Replace(Mn, Sentence, "Донорын тайланг имэйлээр илгээ.\n");
        Assert.That(Printed(), Is.EqualTo(new[]
        {
            $"{Mn}:15: warning: write 'хандивлагч', not 'донор': the glossary (glossary.yml) has one term for 'donor'",
            $"{Mn}:15: warning: write 'и-мэйл', not 'имэйл': the glossary (glossary.yml) has one term for 'e-mail'",
        }));
    }

    [Test]
    public void AVariantOfSeveralWordsIsFound()
    {
        _content.Replace(Mn, Sentence, "Цахим шуудангаа шалга.\n");
        Assert.That(Printed(), Is.EqualTo(new[] { $"{Mn}:15: warning: write 'и-мэйл', not 'цахим шуудан': the glossary (glossary.yml) has one term for 'e-mail'" }));
    }

    [Test]
    public void TheTermIsNotMistakenForAVariantItStartsWith()
    {
        // "програм" is a variant of "программ": the term itself, and its inflections, are not warnings.
        _content.Replace(Mn, Sentence, "Программаа шинэчил. Программын тохиргоо, и-мэйлийн хаяг, хандивлагчид.\n");
        Assert.That(Printed(), Is.Empty);
    }

    [Test]
    public void AVariantInsideAnotherWordIsNotFound()
    {
        _content.Replace(Mn, Sentence, "Кондонор ба хондонорын нэр.\n");
        Assert.That(Printed(), Is.Empty);
    }

    [Test]
    public void EnglishModulesAreNotChecked()
    {
        _content.Replace(En, "A strong passphrase", "Донор: a strong passphrase");
        Assert.That(Printed(), Is.Empty);
    }

    [Test]
    public void CourseFilesAndTheSelfAssessmentAreCheckedToo()
    {
        var course = _content.Read(TempContent.Course);
        var mn = course.Split('\n').First(l => l.TrimStart().StartsWith("mn:", StringComparison.Ordinal) && l.Contains("фишинг", StringComparison.Ordinal));
        _content.Replace(TempContent.Course, mn, mn + " Донорын тайлан.");
        var assessment = _content.Read(TempContent.SelfAssessment);
        var line = assessment.Split('\n').First(l => l.TrimStart().StartsWith("mn:", StringComparison.Ordinal));
        _content.Replace(TempContent.SelfAssessment, line, line + " Програм.");
        var problems = Printed();
        Assert.Multiple(() =>
        {
            Assert.That(problems, Has.Count.EqualTo(2));
            Assert.That(problems, Has.Some.StartsWith($"{TempContent.Course}:").And.EndsWith("write 'хандивлагч', not 'донор': the glossary (glossary.yml) has one term for 'donor'"));
            Assert.That(problems, Has.Some.StartsWith($"{TempContent.SelfAssessment}:").And.EndsWith("write 'программ', not 'програм': the glossary (glossary.yml) has one term for 'program (software)'"));
        });
    }

    [Test]
    public void WithoutAGlossaryNothingIsChecked()
    {
        _content.Delete(Glossary);
        _content.Replace(Mn, Sentence, "Донорт имэйл бич.\n");
        Assert.That(Printed(), Is.Empty);
    }

    [Test]
    public void AWordListedTwiceIsAnError()
    {
        _content.Write(Glossary, Terms + "\n  - concept: sponsor\n    term: ивээн тэтгэгч\n    variants: [донор]\n");
        Assert.That(Printed(), Is.EqualTo(new[] { $"{Glossary}:13: error: 'донор' is in the glossary twice: also on line 4 ('donor')" }));
    }

    [Test]
    public void ATermWithoutVariantsIsAnError()
    {
        _content.Write(Glossary, "terms:\n  - concept: donor\n    term: хандивлагч\n");
        Assert.That(Printed(), Is.EqualTo(new[] { $"{Glossary}:2: error: missing required key 'variants'" }));
    }

    [Test]
    public void TermsMustBeAList()
    {
        _content.Write(Glossary, "terms: донор\n");
        Assert.That(Printed(), Is.EqualTo(new[] { $"{Glossary}:1: error: 'terms' must be a list of terms, each starting with '- concept:'" }));
    }

    [Test]
    public void TheShippedGlossaryIsValidAndEveryMongolianModulePassesIt()
    {
        var problems = ContentValidator.Validate(Path.Combine(Repository.Root, "content"))
            .Where(p => p.Path == Glossary || p.Message.Contains("the glossary", StringComparison.Ordinal));
        Assert.That(problems.Select(p => p.ToString()), Is.Empty);
    }

    private List<string> Printed() => [.. ContentValidator.Validate(_content.Root, FixedClock.SampleDay).Select(p => p.ToString())];
}

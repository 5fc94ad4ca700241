using Dice.Lms.Infrastructure.Content;

namespace Dice.Lms.Infrastructure.Tests.Content;

public class ContentReaderTests
{
    private TempContent _content = null!;

    [SetUp]
    public void CopySamples() => _content = TempContent.FromSamples();

    [TearDown]
    public void DeleteCopy() => _content.Dispose();

    [Test]
    public void WordCountSkipsQuizMarkdownPunctuationAndCalloutFences()
    {
        var frontMatter = _content.Read(TempContent.English).Split("---\n")[1];
        _content.Write(TempContent.English, $"""
            ---
            {frontMatter}---
            ## Two-step verification

            - **Turn** it on | now
            - 1. 2.

            ::: tip
            Keep *calm*.
            :::

            ```quiz
            ## Is this counted?
            - [x] No :: Right.
            - [ ] Yes :: No.
            ```
            """.Replace("\r\n", "\n"));
        var english = ContentReader.Read(_content.Root).Courses[0].Modules[0].Version("en")!;

        // Two-step verification | Turn it on now | 1. 2. | Keep calm.
        Assert.That(english.WordCount, Is.EqualTo(2 + 4 + 2 + 2));
    }

    [Test]
    public void ModulesAreOrderedByPosition()
    {
        foreach (var language in new[] { "en", "mn" })
        {
            var text = _content.Read($"safety/01-strong-passwords.{language}.md").Replace("id: strong-passwords", "id: an-earlier-module");
            _content.Write($"safety/00-first.{language}.md", text);
        }

        var modules = ContentReader.Read(_content.Root).Courses[0].Modules;
        Assert.That(modules.Select(m => (m.Position, m.Id)), Is.EqualTo(new[] { (0, "an-earlier-module"), (1, "strong-passwords") }));
    }

    [Test]
    public void ContentHashChangesWithAnyLanguageFileOrImage()
    {
        string Hash() => ContentReader.Read(_content.Root).Courses[0].Modules[0].ContentHash;
        var original = Hash();

        Assert.That(Hash(), Is.EqualTo(original));
        _content.Replace(TempContent.Mongolian, "Хүчтэй нууц үг", "Хүчтэй нууц үгс");
        var afterText = Hash();
        Assert.That(afterText, Is.Not.EqualTo(original));

        File.AppendAllText(Path.Combine(_content.Root, "safety/images/passphrase.png"), "x");
        Assert.That(Hash(), Is.Not.EqualTo(afterText));
    }

    [Test]
    public void CourseWithErrorsIsFlaggedAndOthersAreNot()
    {
        _content.Replace(TempContent.English, "level: beginner\n", "level: easy\n");
        var content = ContentReader.Read(_content.Root);
        Assert.Multiple(() =>
        {
            Assert.That(content.HasErrors, Is.True);
            Assert.That(content.CourseHasErrors(content.Courses[0]), Is.True);
        });
    }

    [Test]
    public void MissingContentFolderThrows() =>
        Assert.That(() => ContentReader.Read(Path.Combine(_content.Root, "nowhere")), Throws.TypeOf<DirectoryNotFoundException>());

    [Test]
    public void CrlfFilesReadLikeLfFiles()
    {
        _content.Write(TempContent.English, _content.Read(TempContent.English).Replace("\n", "\r\n"));
        var content = ContentReader.Read(_content.Root);
        var english = content.Courses[0].Modules[0].Version("en")!;
        Assert.Multiple(() =>
        {
            Assert.That(content.Problems, Is.Empty);
            Assert.That(english.Title, Is.EqualTo("Strong passwords"));
            Assert.That(english.Quiz!.FirstLineNumber, Is.EqualTo(31));
            Assert.That(english.QuestionCount, Is.EqualTo(3));
        });
    }
}

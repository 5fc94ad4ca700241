using System.Globalization;
using System.Text;
using Dice.Lms.Domain;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Domain.Quizzes;
using Dice.Lms.Infrastructure.Content.Callouts;
using Dice.Lms.Infrastructure.Content.QuizBlocks;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>Reads one <c>NN-slug.LANG.md</c> file: front matter, body, quiz block, and checks its links and images.</summary>
/// <param name="fileExists">Whether a file of the course folder exists: the disk for content/, the stored images for a
/// module written in the browser.</param>
/// <param name="today">The date a review is measured against, from the injected clock.</param>
internal sealed class ModuleFileReader(ContentProblems problems, string contentRoot, string courseFolder, DateOnly today, Func<string, bool>? fileExists = null)
{
    private readonly Func<string, bool> _fileExists = fileExists ?? File.Exists;

    private static readonly string[] Keys = ["id", "title", "level", "competences", "minutes", "objectives", "reviewed", "sources"];

    private const int ReviewMonths = ModuleReview.Months;

    private static readonly ProficiencyLevel[] ModuleLevels =
        [ProficiencyLevel.Beginner, ProficiencyLevel.Intermediate, ProficiencyLevel.Advanced, ProficiencyLevel.Expert];

    public ModuleFile? Read(string file, ModuleFileName name)
    {
        // A file of gigabytes is refused before it is read into memory.
        var size = new FileInfo(file).Length;
        if (size > MarkdownLimits.MaxFileBytes)
        {
            problems.Error(ContentReader.RelativePath(contentRoot, file), 1, new($"файл {MarkdownLimits.N(size)} байт байна; хамгийн ихдээ {MarkdownLimits.N(MarkdownLimits.MaxFileBytes)}: хэд хэдэн модульд хуваана уу",
                $"the file is {MarkdownLimits.N(size)} bytes; at most {MarkdownLimits.N(MarkdownLimits.MaxFileBytes)}: split it into several modules"));
            return null;
        }

        return Read(file, name, File.ReadAllBytes(file));
    }

    /// <param name="file">Where the file is, or would be, in the content folder: problems name it.</param>
    public ModuleFile? Read(string file, ModuleFileName name, byte[] bytes)
    {
        var path = ContentReader.RelativePath(contentRoot, file);
        var lines = new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF').Split('\n')
            .Select(line => line.TrimEnd('\r')).ToArray();

        if (lines[0].TrimEnd() != "---")
        {
            problems.Error(path, 1, new("толгой хэсэг (front matter) алга: файл '---' мөр, модулийн түлхүүрүүд, дахиад '---' мөрөөр эхлэх ёстой", "missing front matter: the file must start with a line '---', the module's keys and another '---'"));
            return null;
        }

        var closing = Array.FindIndex(lines, 1, line => line.TrimEnd() is "---" or "...");
        if (closing < 0)
        {
            problems.Error(path, 1, new("толгой хэсэг (front matter) хаагдаагүй байна: модулийн түлхүүрүүдийн дараа '---' мөр нэмнэ үү", "front matter is not closed: add a line '---' after the module's keys"));
            return null;
        }

        // Bounded before YAML and Markdig read anything: see MarkdownLimits.
        if (MarkdownLimits.CheckFrontMatter(string.Join('\n', lines[1..closing])) is { } frontMatterProblem)
        {
            problems.Error(path, 1, frontMatterProblem);
            return null;
        }

        var body = string.Join('\n', lines[(closing + 1)..]);
        var bodyStartLine = closing + 2;
        if (MarkdownLimits.CheckBody(body) is { } bodyProblem)
        {
            problems.Error(path, bodyStartLine + bodyProblem.Line, bodyProblem.Text);
            return null;
        }

        // Front matter starts on file line 2, so YAML line n is file line n + 1.
        var fields = YamlFields.Load(string.Join('\n', lines[1..closing]), problems, path, lineOffset: 1, missingKeyLine: 1);
        fields?.RejectUnknownKeys(Keys);

        var id = fields?.Text("id") ?? "";
        if (id.Length > 0 && !ContentIds.IsValid(id))
        {
            problems.Error(path, fields!.LineOf("id"), new($"модулийн дугаар '{id}' зөвхөн латин жижиг үсэг, тоо, зураасаас бүрдэх ёстой", $"module id '{id}' must be lower-case Latin letters, digits and dashes"));
        }

        var (reviewed, sources) = fields is null ? (null, []) : ReadReview(fields, path);

        var images = new List<string>();
        var (quiz, words) = InspectBody(path, Path.GetDirectoryName(file)!, body, bodyStartLine, images);

        var version = new ModuleText(
            name.Language,
            path,
            name.Slug,
            id,
            fields?.Text("title") ?? "",
            ReadLevel(fields, path),
            ReadCompetences(fields, path),
            fields?.WholeNumber("minutes", min: 1) ?? 0,
            fields?.TextList("objectives")?.Select(o => o.Value).ToList() ?? [],
            body,
            bodyStartLine,
            words,
            quiz,
            reviewed,
            sources);
        return new ModuleFile(name, version, fields?.LineOf("id") ?? 1, bytes, images);
    }

    /// <summary>
    /// <c>reviewed: YYYY-MM-DD</c> (when the facts were last checked) and <c>sources:</c> (what they were checked
    /// against) are required; a review older than <see cref="ReviewMonths"/> is a warning.
    /// </summary>
    private (DateOnly? Reviewed, List<string> Sources) ReadReview(YamlFields fields, string path)
    {
        DateOnly? result = null;
        if (fields.Get("reviewed", required: false) is null)
        {
            problems.Error(path, 1, new("'reviewed' түлхүүр алга: баримтыг хэзээ шалгасныг reviewed: YYYY-MM-DD гэж бичнэ үү", "missing key 'reviewed': write when the facts were last checked, as reviewed: YYYY-MM-DD"));
        }
        else if (fields.Text("reviewed") is { } text)
        {
            if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var reviewed))
            {
                problems.Error(path, fields.LineOf("reviewed"), new($"'reviewed' нь 2026-12-04 гэх мэт YYYY-MM-DD огноо байх ёстой, '{text}' биш", $"'reviewed' must be a date YYYY-MM-DD such as 2026-12-04, not '{text}'"));
            }
            else if (reviewed > today)
            {
                problems.Error(path, fields.LineOf("reviewed"), new($"'reviewed' огноо {text} ирээдүйд байна", $"'reviewed' date {text} is in the future"));
            }
            else
            {
                result = reviewed;
                if (ModuleReview.IsDue(reviewed, today))
                {
                    problems.Warning(path, fields.LineOf("reviewed"), new($"модулийг {text}-нд шалгасан, {ReviewMonths} сараас өмнө: баримт, холбоосыг дахин шалгаад 'reviewed'-ийг шинэчилнэ үү", $"module last reviewed on {text}, more than {ReviewMonths} months ago: check its facts and links again and update 'reviewed'"));
                }
            }
        }

        if (fields.Get("sources", required: false) is null)
        {
            problems.Error(path, 1, new("'sources' түлхүүр алга: баримтыг юугаар шалгасныг жагсаалтаар бичнэ үү", "missing key 'sources': list what the facts were checked against"));
            return (result, []);
        }

        return (result, fields.TextList("sources")?.Select(s => s.Value).ToList() ?? []);
    }

    private ProficiencyLevel? ReadLevel(YamlFields? fields, string path)
    {
        var text = fields?.Text("level");
        if (text is null)
        {
            return null;
        }

        var level = ModuleLevels.Where(l => l.Id() == text).Cast<ProficiencyLevel?>().FirstOrDefault();
        if (level is null)
        {
            problems.Error(path, fields!.LineOf("level"), new($"'{text}' гэсэн түвшин алга: beginner, intermediate, advanced эсвэл expert гэж бичнэ үү", $"unknown level '{text}': use beginner, intermediate, advanced or expert"));
        }

        return level;
    }

    private List<string> ReadCompetences(YamlFields? fields, string path)
    {
        var codes = fields?.TextList("competences") ?? [];
        foreach (var (code, line) in codes.Where(c => !CompetenceAreas.IsCompetenceCode(c.Value)))
        {
            problems.Error(path, line, new($"'{code}' гэсэн чадамжийн код алга: docs/authoring.md-д буй \"4.1\" гэх мэт кодыг ашиглана уу", $"unknown competence code '{code}': use codes such as \"4.1\" from docs/authoring.md"));
        }

        return codes.Select(c => c.Value).Where(CompetenceAreas.IsCompetenceCode).ToList();
    }

    private (ModuleQuiz? Quiz, int Words) InspectBody(string path, string folder, string body, int bodyStartLine, List<string> images)
    {
        var document = Markdown.Parse(body, ContentMarkdown.InspectionPipeline);
        int FileLine(int bodyLine) => bodyStartLine + bodyLine;

        // One warning per line: "<b>x</b>" is two HTML elements to Markdig but one mistake to the author.
        var htmlLines = document.Descendants<HtmlBlock>().Select(b => b.Line)
            .Concat(document.Descendants<HtmlInline>().Select(i => i.Line));
        foreach (var line in htmlLines.Distinct().Order())
        {
            problems.Warning(path, FileLine(line), new("HTML кодыг харуулахгүй: оронд нь Markdown-аар бичнэ үү", "raw HTML will not render: write Markdown instead"));
        }

        foreach (var callout in document.Descendants<CalloutBlock>().Where(c => !CalloutKinds.IsKnown(c.Kind)))
        {
            problems.Warning(path, FileLine(callout.Line), new($"'{callout.Kind}' гэсэн тодотгол алга: ::: tip, ::: warning эсвэл ::: example ашиглана уу", $"unknown call-out '{callout.Kind}': use ::: tip, ::: warning or ::: example"));
        }

        foreach (var link in document.Descendants<LinkInline>())
        {
            CheckLink(path, folder, link, FileLine(link.Line), images);
        }

        foreach (var autolink in document.Descendants<AutolinkInline>()
            .Where(a => !a.IsEmail && ContentUrls.Classify(a.Url) != ContentUrlKind.Web))
        {
            problems.Error(path, FileLine(autolink.Line), ForbiddenLink(autolink.Url));
        }

        var quizzes = document.Descendants<FencedCodeBlock>().Where(QuizFence.IsQuiz).ToList();
        foreach (var extra in quizzes.Skip(1))
        {
            problems.Error(path, FileLine(extra.Line), new("нэгээс олон сорилын блок байна: модуль төгсгөлдөө нэг л сорилтой байна", "more than one quiz block: a module has one quiz, at its end"));
        }

        var words = TeachingText.CountWords(WithoutQuizzes(body, quizzes));
        if (quizzes.Count == 0)
        {
            return (null, words);
        }

        var block = quizzes[0];
        var quizLines = block.Lines.Lines.Take(block.Lines.Count).Select(l => l.Slice.ToString()).ToList();
        var firstLine = FileLine(block.Line) + 1;
        var parsed = QuizSyntax.Parse(quizLines, firstLine);
        foreach (var error in parsed.Errors)
        {
            problems.Error(path, error.Line, new($"сорил: {error.Text.Mn}", $"quiz: {error.Text.En}"));
        }

        return (new ModuleQuiz(quizLines, firstLine, parsed.Quiz), words);
    }

    private void CheckLink(string path, string folder, LinkInline link, int line, List<string> images)
    {
        var url = link.Url ?? "";
        var kind = ContentUrls.Classify(url);
        if (link.IsImage)
        {
            if (string.IsNullOrWhiteSpace(AltText(link)))
            {
                problems.Error(path, line, new("зурагт тайлбар (alt текст) алга: зураг юу харуулж байгааг бичнэ үү, жишээ нь ![Хуурамч банкны и-мэйл](images/phishing.png)", "image has no alt text: say what the picture shows, like ![A fake bank e-mail](images/phishing.png)"));
            }

            if (kind == ContentUrlKind.Local)
            {
                if (LocalFile(path, folder, url, line, isImage: true) is { } image)
                {
                    images.Add(image);
                }
            }
            else
            {
                problems.Error(path, line, new($"'{url}' зураг сургалтын файл биш байна: өөр сайтын зургийг ашиглахгүй, сургалтын images хавтсанд хийнэ үү", $"image '{url}' is not a file of the course: images from another host are not allowed, put it in the course's images folder"));
            }

            return;
        }

        switch (kind)
        {
            case ContentUrlKind.Local:
                LocalFile(path, folder, url, line, isImage: false);
                break;
            case ContentUrlKind.Forbidden:
                problems.Error(path, line, ForbiddenLink(url));
                break;
        }
    }

    private static LocalizedText ForbiddenLink(string? url) =>
        new($"'{url}' холбоосыг зөвшөөрөхгүй: https://, mailto: эсвэл сургалтын хавтсан дахь файл руу холбоно уу", $"link '{url}' is not allowed: link to https://, mailto: or a file in the course folder");

    /// <summary>The full path of a linked file of the course folder, or null after reporting why there is none.</summary>
    private string? LocalFile(string path, string folder, string url, int line, bool isImage)
    {
        var end = url.IndexOfAny(['?', '#']);
        var relative = Uri.UnescapeDataString(end < 0 ? url : url[..end]);
        if (relative.Length == 0)
        {
            // A link to a heading of the same page.
            return null;
        }

        var full = Path.GetFullPath(Path.Combine(folder, relative.Replace('\\', '/')));
        if (!full.StartsWith(courseFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            problems.Error(path, line, isImage
                ? new($"'{url}' зураг сургалтын хавтаснаас гадуур байна", $"image '{url}' points outside the course folder")
                : new($"'{url}' холбоос сургалтын хавтаснаас гадуур байна", $"link '{url}' points outside the course folder"));
            return null;
        }

        if (!_fileExists(full))
        {
            problems.Error(path, line, isImage
                ? new($"'{url}' зураг олдсонгүй", $"image '{url}' not found")
                : new($"холбосон '{url}' файл олдсонгүй", $"link to missing file '{url}'"));
            return null;
        }

        return full;
    }

    private static string AltText(LinkInline image)
    {
        var text = new StringBuilder();
        foreach (var inline in image.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal:
                    text.Append(literal.Content.ToString());
                    break;
                case CodeInline code:
                    text.Append(code.Content);
                    break;
            }
        }

        return text.ToString();
    }

    private static string WithoutQuizzes(string body, IEnumerable<FencedCodeBlock> quizzes)
    {
        var text = new StringBuilder(body);
        foreach (var quiz in quizzes.OrderByDescending(q => q.Span.Start))
        {
            var end = Math.Min(quiz.Span.End + 1, text.Length);
            text.Remove(quiz.Span.Start, end - quiz.Span.Start);
        }

        return text.ToString();
    }
}

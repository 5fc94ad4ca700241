using System.Security.Cryptography;
using System.Text;
using Dice.Lms.Domain;
using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// Reads a content folder (docs/authoring.md) into a <see cref="ContentSet"/>. It never stops at the first problem:
/// it reads as much as it can and reports every problem with its file and line.
/// </summary>
public static class ContentReader
{
    public const string CourseFileName = "course.yml";
    public const string SelfAssessmentFileName = "self-assessment.yml";
    public const string GlossaryFileName = "glossary.yml";

    private static readonly string[] CourseKeys = ["id", "area", "title", "description", "completion", "min-level", "pass-mark"];

    /// <summary>Only the self-assessment of a content folder; null when it is missing or has errors.</summary>
    public static SelfAssessment? ReadSelfAssessment(string root)
    {
        var file = Path.Combine(root, SelfAssessmentFileName);
        var problems = new ContentProblems();
        var assessment = File.Exists(file) ? SelfAssessmentReader.Read(file, SelfAssessmentFileName, problems) : null;
        return problems.Sorted().Any(p => p.IsError) ? null : assessment;
    }

    public static ContentSet Read(string contentRoot) => Read(contentRoot, TimeProvider.System);

    /// <param name="clock">Gives today's date, against which <c>reviewed</c> dates are checked.</param>
    public static ContentSet Read(string contentRoot, TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentRoot);
        var root = Path.GetFullPath(contentRoot).TrimEnd(Path.DirectorySeparatorChar);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"The content folder '{contentRoot}' does not exist.");
        }

        var problems = new ContentProblems();
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var courses = new List<(ContentCourse Course, int IdLine, IReadOnlyList<ModuleFile> Files)>();
        foreach (var folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            if (!Path.GetFileName(folder).StartsWith('.') && ReadCourse(root, folder, problems, today) is { } course)
            {
                courses.Add(course);
            }
        }

        ReportDuplicateCourseIds(courses.Select(c => (c.Course, c.IdLine)), problems);
        ReportDuplicateModuleIds(courses.SelectMany(c => c.Files), problems);
        QuestionDuplicates.Report(courses.SelectMany(c => c.Files), problems);

        var selfAssessmentFile = Path.Combine(root, SelfAssessmentFileName);
        var selfAssessment = File.Exists(selfAssessmentFile)
            ? SelfAssessmentReader.Read(selfAssessmentFile, SelfAssessmentFileName, problems)
            : null;

        var glossaryFile = Path.Combine(root, GlossaryFileName);
        if (File.Exists(glossaryFile) && Glossary.Read(glossaryFile, GlossaryFileName, problems) is { } glossary)
        {
            foreach (var file in courses.SelectMany(c => c.Files).Where(f => f.Name.Language == Glossary.Language))
            {
                glossary.Check(file.Version.Path, file.Bytes, problems);
            }

            // Learners read the course titles and the self-assessment too; their English lines hold no Cyrillic variant.
            foreach (var course in courses)
            {
                var courseFile = Path.Combine(root, course.Course.FolderPath, CourseFileName);
                glossary.Check($"{course.Course.FolderPath}/{CourseFileName}", File.ReadAllBytes(courseFile), problems);
            }

            if (File.Exists(selfAssessmentFile))
            {
                glossary.Check(SelfAssessmentFileName, File.ReadAllBytes(selfAssessmentFile), problems);
            }
        }

        return new ContentSet(courses.Select(c => c.Course).ToList(), selfAssessment, problems.Sorted());
    }

    internal static string RelativePath(string root, string file) =>
        Path.GetRelativePath(root, file).Replace(Path.DirectorySeparatorChar, '/');

    private static (ContentCourse, int, IReadOnlyList<ModuleFile>)? ReadCourse(string root, string folder, ContentProblems problems, DateOnly today)
    {
        var folderPath = RelativePath(root, folder);
        var courseFile = Path.Combine(folder, CourseFileName);
        var moduleFiles = Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal).ToList();
        if (!File.Exists(courseFile))
        {
            if (moduleFiles.Count > 0)
            {
                problems.Error($"{folderPath}/{CourseFileName}", 1, new("course.yml алга: сургалтын хавтас бүрт нэг байх ёстой", "course.yml is missing: every course folder needs one"));
            }

            return null;
        }

        var coursePath = $"{folderPath}/{CourseFileName}";
        var fields = YamlFields.Load(File.ReadAllText(courseFile), problems, coursePath, lineOffset: 0, missingKeyLine: 1);
        fields?.RejectUnknownKeys(CourseKeys);

        var id = fields?.Text("id") ?? "";
        if (id.Length > 0 && !ContentIds.IsValid(id))
        {
            problems.Error(coursePath, fields!.LineOf("id"), new($"сургалтын дугаар '{id}' зөвхөн латин жижиг үсэг, тоо, зураасаас бүрдэх ёстой", $"course id '{id}' must be lower-case Latin letters, digits and dashes"));
        }

        var area = fields?.Text("area") ?? "";
        if (area.Length > 0 && CompetenceAreas.Find(area) is null)
        {
            problems.Error(coursePath, fields!.LineOf("area"), UnknownArea(area));
        }

        var files = ReadModuleFiles(root, folder, moduleFiles, problems, today);
        var course = new ContentCourse(
            folderPath,
            id,
            area,
            fields?.Localized("title") ?? LocalizedText.Empty,
            fields?.Localized("description") ?? LocalizedText.Empty,
            ReadCompletion(fields, coursePath, problems),
            ReadMinLevel(fields, coursePath, problems),
            fields?.WholeNumber("pass-mark", min: 0, max: 100) ?? 0,
            AssembleModules(folder, files, problems, File.ReadAllBytes));
        return (course, fields?.LineOf("id") ?? 1, files);
    }

    internal static LocalizedText UnknownArea(string area) =>
        new($"'{area}' гэсэн чадамжийн чиглэл алга: {string.Join(", ", CompetenceAreas.All.Select(a => a.Id))}-ийн нэгийг бичнэ үү", $"unknown area '{area}': use {string.Join(", ", CompetenceAreas.All.Select(a => a.Id))}");

    private static CourseCompletion ReadCompletion(YamlFields? fields, string path, ContentProblems problems)
    {
        switch (fields?.Text("completion"))
        {
            case "modules":
                return CourseCompletion.Modules;
            case "modules-and-quizzes" or null:
                return CourseCompletion.ModulesAndQuizzes;
            case var other:
                problems.Error(path, fields.LineOf("completion"), new($"'{other}' гэсэн дуусгах нөхцөл алга: modules эсвэл modules-and-quizzes гэж бичнэ үү", $"unknown completion '{other}': use modules or modules-and-quizzes"));
                return CourseCompletion.ModulesAndQuizzes;
        }
    }

    private static ProficiencyLevel? ReadMinLevel(YamlFields? fields, string path, ContentProblems problems)
    {
        var text = fields?.Text("min-level", required: false);
        if (text is null)
        {
            return null;
        }

        var level = ProficiencyLevels.All.Where(l => l != ProficiencyLevel.None && l.Id() == text).Cast<ProficiencyLevel?>().FirstOrDefault();
        if (level is null)
        {
            problems.Error(path, fields!.LineOf("min-level"), new($"'{text}' гэсэн түвшин алга: beginner, intermediate, advanced эсвэл expert гэж бичнэ үү", $"unknown level '{text}': use beginner, intermediate, advanced or expert"));
        }

        return level;
    }

    private static List<ModuleFile> ReadModuleFiles(string root, string folder, List<string> files, ContentProblems problems, DateOnly today)
    {
        var reader = new ModuleFileReader(problems, root, folder, today);
        var result = new List<ModuleFile>();
        foreach (var file in files)
        {
            var name = ModuleFileName.Parse(Path.GetFileName(file), out var error);
            if (name is null)
            {
                problems.Error(RelativePath(root, file), 1, error);
            }
            else if (reader.Read(file, name) is { } module)
            {
                result.Add(module);
            }
        }

        return result;
    }

    /// <summary>
    /// Reads one module written in the browser as if its files were in a course folder, with the same checks as
    /// <see cref="Read"/>: a trainer sees exactly the problems <c>content validate</c> would report.
    /// </summary>
    /// <param name="today">The date its <c>reviewed</c> date is checked against.</param>
    internal static ModuleCheck ReadDraft(DraftModule draft, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new ContentProblems();
        var root = Path.GetFullPath(Path.Combine(Path.GetTempPath(), "dice-draft"));
        var folder = Path.Combine(root, draft.CourseFolder);
        string Full(string relative) => Path.GetFullPath(Path.Combine(folder, relative));
        var images = draft.Images.ToDictionary(i => Full(i.Key), i => i.Value, StringComparer.Ordinal);
        var others = draft.OtherFiles.Select(Full).ToHashSet(StringComparer.Ordinal);
        var reader = new ModuleFileReader(problems, root, folder, today, full => images.ContainsKey(full) || others.Contains(full));
        var files = new List<ModuleFile>();
        foreach (var language in Languages.All.Where(l => draft.Texts.TryGetValue(l, out var t) && !string.IsNullOrWhiteSpace(t)))
        {
            var fileName = $"{draft.FileStem}.{language}.md";
            var name = ModuleFileName.Parse(fileName, out var error)
                ?? throw new ArgumentException(error.En, nameof(draft));
            var file = Path.Combine(folder, fileName);
            if (reader.Read(file, name, new UTF8Encoding(false).GetBytes(draft.Texts[language])) is { } module)
            {
                files.Add(module);
                if (module.Version.Id.Length > 0 && module.Version.Id != draft.ModuleId)
                {
                    problems.Error(module.Version.Path, module.IdLine, new($"модулийн дугаар '{module.Version.Id}' биш '{draft.ModuleId}' хэвээр байх ёстой: нийтэлсэн модулийн дугаарыг өөрчлөх боломжгүй", $"module id '{module.Version.Id}' must stay '{draft.ModuleId}': the id of a published module cannot change"));
                }
            }
        }

        if (draft.Texts.Values.All(string.IsNullOrWhiteSpace))
        {
            problems.Error($"{draft.CourseFolder}/{draft.FileStem}.mn.md", 1, new("модуль хоосон байна: монгол, англи эсвэл хоёр хэлээр бичнэ үү", "the module is empty: write it in Mongolian, English or both"));
        }

        var modules = AssembleModules(folder, files, problems, full => images[full]);
        var sorted = problems.Sorted();
        return new ModuleCheck(sorted.Any(p => p.IsError) ? null : modules.SingleOrDefault(), [.. files.Select(f => f.Version)], sorted);
    }

    private static List<ContentModule> AssembleModules(string folder, List<ModuleFile> files, ContentProblems problems, Func<string, byte[]> readFile)
    {
        var modules = new List<ContentModule>();
        foreach (var position in files.GroupBy(f => f.Name.Position).OrderBy(g => g.Key))
        {
            var versions = new List<ModuleFile>();
            foreach (var file in position)
            {
                if (versions.FirstOrDefault(v => v.Name.Language == file.Name.Language) is { } first)
                {
                    problems.Error(file.Version.Path, 1, new($"{position.Key:00}-р модуль аль хэдийн {file.Name.Language} файлтай байна: {FileName(first)}", $"module {position.Key:00} already has a {file.Name.Language} file: {FileName(first)}"));
                }
                else
                {
                    versions.Add(file);
                }
            }

            CheckLanguagePair(versions, problems);
            var primary = versions.FirstOrDefault(v => v.Name.Language == Languages.Mongolian) ?? versions[0];
            modules.Add(new ContentModule(
                position.Key,
                primary.Version.Id,
                versions.OrderBy(v => v.Name.Language, StringComparer.Ordinal).Select(v => v.Version).ToList(),
                Hash(folder, versions, readFile),
                [.. versions.SelectMany(v => v.ImageFiles).Distinct().Order(StringComparer.Ordinal).Select(i => Path.GetRelativePath(folder, i).Replace('\\', '/'))]));
        }

        return modules;
    }

    private static void CheckLanguagePair(List<ModuleFile> versions, ContentProblems problems)
    {
        if (versions.Count == 1)
        {
            var only = versions[0];
            var missing = Languages.All.First(l => l != only.Name.Language);
            problems.Warning(only.Version.Path, 1, new($"энэ модулийн {missing} хувилбар алга: суралцагчид мэдэгдэлтэйгээр {only.Name.Language} хувилбарыг уншина", $"no {missing} version of this module: learners will read the {only.Name.Language} version with a notice"));
            return;
        }

        var mn = versions.Single(v => v.Name.Language == Languages.Mongolian);
        var en = versions.Single(v => v.Name.Language == Languages.English);
        if (mn.Version.Id.Length > 0 && en.Version.Id.Length > 0 && mn.Version.Id != en.Version.Id)
        {
            problems.Error(mn.Version.Path, mn.IdLine, new($"модулийн дугаар '{mn.Version.Id}' нь {FileName(en)} дахь '{en.Version.Id}'-ээс ялгаатай байна: хоёр хэлний файл ижил дугаартай байх ёстой", $"module id '{mn.Version.Id}' differs from '{en.Version.Id}' in {FileName(en)}: both language files must use the same id"));
        }
    }

    private static string FileName(ModuleFile file) => Path.GetFileName(file.Version.Path);

    /// <summary>A hash of every language file and every image they show, in a fixed order.</summary>
    private static string Hash(string courseFolder, List<ModuleFile> versions, Func<string, byte[]> readFile)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Append(string name, byte[] bytes)
        {
            // The name and length separate one file from the next, so moving bytes between files changes the hash.
            hash.AppendData(Encoding.UTF8.GetBytes($"{name}\n{bytes.Length}\n"));
            hash.AppendData(bytes);
        }

        foreach (var version in versions.OrderBy(v => v.Name.Language, StringComparer.Ordinal))
        {
            Append(version.Name.Language, version.Bytes);
        }

        foreach (var image in versions.SelectMany(v => v.ImageFiles).Distinct().Order(StringComparer.Ordinal))
        {
            Append(Path.GetRelativePath(courseFolder, image).Replace('\\', '/'), readFile(image));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void ReportDuplicateCourseIds(IEnumerable<(ContentCourse Course, int IdLine)> courses, ContentProblems problems)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (course, line) in courses.Where(c => c.Course.Id.Length > 0))
        {
            var path = $"{course.FolderPath}/{CourseFileName}";
            if (!seen.TryAdd(course.Id, path))
            {
                problems.Error(path, line, new($"'{course.Id}' сургалтын дугаар давхардсан байна: {seen[course.Id]} бас ашиглаж байна", $"duplicate course id '{course.Id}': also used by {seen[course.Id]}"));
            }
        }
    }

    private static void ReportDuplicateModuleIds(IEnumerable<ModuleFile> files, ContentProblems problems)
    {
        // Files of one module share their id; a duplicate is the same id at another position or in another course.
        var seen = new Dictionary<string, ModuleFile>(StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Version.Id.Length > 0))
        {
            if (!seen.TryAdd(file.Version.Id, file))
            {
                var other = seen[file.Version.Id];
                var sameModule = Path.GetDirectoryName(other.Version.Path) == Path.GetDirectoryName(file.Version.Path)
                    && other.Name.Position == file.Name.Position;
                if (!sameModule)
                {
                    problems.Error(file.Version.Path, file.IdLine, new($"'{file.Version.Id}' модулийн дугаар давхардсан байна: {other.Version.Path} бас ашиглаж байна", $"duplicate module id '{file.Version.Id}': also used by {other.Version.Path}"));
                }
            }
        }
    }
}

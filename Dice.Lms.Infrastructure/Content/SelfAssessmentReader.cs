using Dice.Lms.Domain;
using Dice.Lms.Domain.Competences;
using YamlDotNet.RepresentationModel;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>Reads <c>self-assessment.yml</c>: questions with an area and a description of every level.</summary>
internal static class SelfAssessmentReader
{
    private static readonly string[] QuestionKeys = ["id", "area", "text", "levels"];

    public static SelfAssessment? Read(string file, string path, ContentProblems problems)
    {
        var fields = YamlFields.Load(File.ReadAllText(file), problems, path, lineOffset: 0, missingKeyLine: 1);
        if (fields is null)
        {
            return null;
        }

        fields.RejectUnknownKeys(["questions"]);
        if (fields.Get("questions", required: true) is not { } node)
        {
            return null;
        }

        if (node is not YamlSequenceNode list)
        {
            problems.Error(path, fields.Line(node), new("'questions' нь асуултуудын жагсаалт байх ёстой, асуулт бүр '- id:'-ээр эхэлнэ", "'questions' must be a list of questions, each starting with '- id:'"));
            return null;
        }

        var questions = new List<SelfAssessmentQuestion>();
        var lines = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var item in list.Children)
        {
            if (item is not YamlMappingNode mapping)
            {
                problems.Error(path, fields.Line(item), new("асуулт бүр id, area, text, levels түлхүүртэй байх ёстой", "each question must have the keys id, area, text and levels"));
                continue;
            }

            var question = ReadQuestion(fields.Nested(mapping), path, problems);
            if (question.Id.Length > 0 && !lines.TryAdd(question.Id, fields.Line(item)))
            {
                problems.Error(path, fields.Line(item), new($"'{question.Id}' асуултын дугаар давхардсан байна: {lines[question.Id]}-р мөрөнд бас байна", $"duplicate question id '{question.Id}': also on line {lines[question.Id]}"));
            }

            questions.Add(question);
        }

        return new SelfAssessment(questions);
    }

    private static SelfAssessmentQuestion ReadQuestion(YamlFields question, string path, ContentProblems problems)
    {
        question.RejectUnknownKeys(QuestionKeys);
        var id = question.Text("id") ?? "";
        if (id.Length > 0 && !ContentIds.IsValid(id))
        {
            problems.Error(path, question.LineOf("id"), new($"асуултын дугаар '{id}' зөвхөн латин жижиг үсэг, тоо, зураасаас бүрдэх ёстой", $"question id '{id}' must be lower-case Latin letters, digits and dashes"));
        }

        var area = question.Text("area") ?? "";
        if (area.Length > 0 && CompetenceAreas.Find(area) is null)
        {
            problems.Error(path, question.LineOf("area"), ContentReader.UnknownArea(area));
        }

        var text = question.Localized("text");
        var levels = new Dictionary<ProficiencyLevel, LocalizedText>();
        var levelsNode = question.Get("levels", required: true);
        if (levelsNode is YamlMappingNode levelsMapping)
        {
            var levelFields = question.Nested(levelsMapping);
            levelFields.RejectUnknownKeys(ProficiencyLevels.All.Select(l => l.Id()).ToList());
            foreach (var level in ProficiencyLevels.All)
            {
                if (levelFields.Get(level.Id(), required: false) is null)
                {
                    problems.Error(path, question.LineOf("levels"), new($"'{id}' асуултад '{level.Id()}' түвшний тайлбар алга", $"question '{id}' has no description for level '{level.Id()}'"));
                }
                else
                {
                    levels[level] = levelFields.Localized(level.Id());
                }
            }
        }
        else if (levelsNode is not null)
        {
            problems.Error(path, question.Line(levelsNode), new("'levels' нь none, beginner, intermediate, advanced, expert түвшин бүрийг тайлбарлах ёстой", "'levels' must describe each of none, beginner, intermediate, advanced and expert"));
        }

        return new SelfAssessmentQuestion(id, area, text, levels);
    }
}

using System.Text.RegularExpressions;

namespace Dice.Lms.Domain.Quizzes;

/// <summary>
/// Reads Moodle's Aiken format: a question line, options <c>A) text</c> or <c>A. text</c>, then <c>ANSWER: A</c>.
/// Follows Moodle's importer (question/format/aiken), reporting a broken question by line and reading on.
/// </summary>
public static partial class AikenParser
{
    public static QuizImportResult Parse(string text)
    {
        var questions = new List<QuestionDefinition>();
        var errors = new List<QuizSyntaxError>();
        (int Line, string Text, List<string> Options)? current = null;

        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n', '\r');
        for (var i = 0; i < lines.Length; i++)
        {
            var lineNumber = i + 1;
            var line = lines[i].Trim();
            // Moodle skips lines this short too; they cannot hold a question or an option.
            if (line.Length < 2)
                continue;

            if (Option().IsMatch(line))
            {
                if (current is null)
                    errors.Add(new(lineNumber, new($"асуултаас гадуур сонголт байна (асуулт эхлээгүй): {line}", $"option outside a question (question not started): {line}")));
                else
                    current.Value.Options.Add(line[2..].Trim());
            }
            else if (line.StartsWith("ANSWER:", StringComparison.Ordinal))
            {
                if (current is null)
                {
                    errors.Add(new(lineNumber, new($"асуултаас гадуур ANSWER мөр байна (асуулт эхлээгүй): {line}", $"ANSWER line outside a question (question not started): {line}")));
                    continue;
                }
                var (questionLine, questionText, options) = current.Value;
                current = null;
                var letter = line["ANSWER:".Length..].Trim();
                var correct = letter.Length > 0 ? letter[0] - 'A' : -1;
                if (options.Count < 2)
                    errors.Add(new(lineNumber, new($"асуултад дор хаяж 2 хариулт байх ёстой: {questionText}", $"question must have at least 2 answers: {questionText}")));
                else if (correct < 0 || correct >= options.Count)
                    errors.Add(new(lineNumber, new($"ANSWER '{letter}' нь A-гаас {(char)('A' + options.Count - 1)} хүртэлх сонголтын нэг биш байна", $"ANSWER '{letter}' is not one of the options A to {(char)('A' + options.Count - 1)}")));
                else
                    questions.Add(Question(questionLine, questionText, options, correct));
            }
            else
            {
                if (current is not null)
                    errors.Add(new(lineNumber, new($"дараагийн асуулт эхлэхээс өмнө асуулт дуусаагүй байна (ANSWER мөр алга): {current.Value.Text}", $"question not completed before the next question starts (no ANSWER line): {current.Value.Text}")));
                current = (lineNumber, line, []);
            }
        }
        if (current is not null)
            errors.Add(new(current.Value.Line, new($"асуулт дуусаагүй байна (ANSWER мөр алга): {current.Value.Text}", $"question not completed (no ANSWER line): {current.Value.Text}")));

        return new QuizImportResult(questions, errors);
    }

    private static QuestionDefinition Question(int line, string text, List<string> options, int correct) => new()
    {
        Line = line,
        Type = QuestionType.Single,
        Text = text,
        Options = options.Select((option, id) => new ChoiceOption(id, option, id == correct ? 100 : 0)).ToList(),
    };

    [GeneratedRegex(@"^[A-Z][).]")]
    private static partial Regex Option();
}

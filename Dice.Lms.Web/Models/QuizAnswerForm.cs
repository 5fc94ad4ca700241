using System.Globalization;
using System.Text.RegularExpressions;
using Dice.Lms.Domain.Quizzes;
using Microsoft.Extensions.Primitives;

namespace Dice.Lms.Web.Models;

/// <summary>
/// Reads a posted attempt form: <c>q{n}</c> fields (and <c>q{n}-{left}</c> for matching). Anything that is not part of
/// the quiz is refused with its reason, because only a tampered or stale form can send it.
/// </summary>
public static partial class QuizAnswerForm
{
    /// <summary>The longest short or numerical answer kept: a real answer is a few words.</summary>
    public const int MaxTextAnswer = 500;

    /// <summary>The hidden field with the attempt's stamp the form was shown with: a post sent twice is recognised by it.</summary>
    public const string RevisionField = "revision";

    /// <summary>The posted revision; null when the form has none (or not a valid one, which then counts as none).</summary>
    public static Guid? Revision(IFormCollection form) => Guid.TryParse(form[RevisionField].ToString(), out var revision) ? revision : null;

    public static (Dictionary<int, QuestionResponse> Answers, string? Problem) Read(QuizDefinition quiz, IEnumerable<KeyValuePair<string, StringValues>> form)
    {
        var answers = new Dictionary<int, QuestionResponse>();
        foreach (var (key, values) in form)
        {
            if (key is "__RequestVerificationToken" or "action" or RevisionField)
            {
                continue;
            }

            var match = AnswerField().Match(key);
            if (!match.Success || !int.TryParse(match.Groups[1].Value, out var index) || index < 0 || index >= quiz.Questions.Count)
            {
                return (answers, $"'{key}' is not a question of this quiz.");
            }

            var question = quiz.Questions[index];
            var current = answers.GetValueOrDefault(index) ?? QuestionResponse.None;
            switch (question.Type)
            {
                case QuestionType.Single or QuestionType.TrueFalse or QuestionType.Multiple:
                    var ids = new List<int>();
                    foreach (var value in values)
                    {
                        if (!int.TryParse(value, out var optionId) || question.Options.All(o => o.Id != optionId))
                        {
                            return (answers, $"'{value}' is not an option of question {index}.");
                        }

                        ids.Add(optionId);
                    }

                    if (question.Type != QuestionType.Multiple && ids.Count > 1)
                    {
                        return (answers, $"question {index} takes one answer.");
                    }

                    answers[index] = current with { ChosenOptionIds = [.. ids.Distinct()] };
                    break;
                case QuestionType.Matching when match.Groups[2].Success:
                    var left = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
                    if (question.MatchPairs.All(p => p.Id != left || p.IsDistractor))
                    {
                        return (answers, $"'{key}' is not an item of question {index}.");
                    }

                    if (string.IsNullOrEmpty(values.ToString()))
                    {
                        break;
                    }

                    if (!int.TryParse(values.ToString(), out var right) || question.MatchPairs.All(p => p.Id != right))
                    {
                        return (answers, $"'{values}' is not a choice of question {index}.");
                    }

                    answers[index] = current with { Matches = new Dictionary<int, int>(current.Matches) { [left] = right } };
                    break;
                case QuestionType.ShortAnswer or QuestionType.Numerical when !match.Groups[2].Success:
                    var answer = values.ToString();
                    if (answer.Length > MaxTextAnswer)
                    {
                        return (answers, $"the answer to question {index} is longer than {MaxTextAnswer} characters.");
                    }

                    answers[index] = current with { Text = answer };
                    break;
                default:
                    return (answers, $"'{key}' does not fit question {index}.");
            }
        }

        return (answers, null);
    }

    [GeneratedRegex(@"^q(\d{1,4})(?:-(\d{1,4}))?$")]
    private static partial Regex AnswerField();
}

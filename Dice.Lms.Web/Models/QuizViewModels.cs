using Dice.Lms.Domain.Quizzes;

namespace Dice.Lms.Web.Models;

public sealed record QuizOverviewViewModel(
    string CourseId,
    string ModuleId,
    string ModuleTitle,
    int Questions,
    int PassMark,
    int? MaxAttempts,
    int WaitMinutes,
    int TimeLimitMinutes,
    IReadOnlyList<AttemptRow> Attempts,
    decimal? BestPercent,
    bool CanStart,
    string? Refusal,
    long? OpenAttemptId);

public sealed record AttemptRow(long Id, int Number, DateTime StartedAt, bool Submitted, decimal? Percent, bool? Passed);

public sealed record AttemptViewModel(long Id, string CourseId, string ModuleId, string ModuleTitle, int Number, DateTime? DeadlineAt, Guid Revision, IReadOnlyList<AttemptQuestion> Questions);

/// <summary>A question as the learner sees it before submitting: no weights, no feedback, nothing that gives the answer away.</summary>
public sealed record AttemptQuestion(
    int Index,
    int Number,
    string Text,
    string Type,
    IReadOnlyList<AttemptChoice> Options,
    string? TextAnswer,
    IReadOnlyList<AttemptMatch> Lefts,
    IReadOnlyList<AttemptChoice> Rights)
{
    /// <summary>The attempt's questions in its stored order, options and matching choices shuffled as stored, with the saved answers.</summary>
    public static List<AttemptQuestion> ListFor(QuizAttempt attempt, QuizDefinition quiz)
    {
        var answers = attempt.SavedAnswers;
        return [.. attempt.QuestionLayouts.Select((layout, position) =>
        {
            var question = quiz.Questions[layout.Question];
            var response = answers.GetValueOrDefault(layout.Question) ?? QuestionResponse.None;
            var optionOrder = layout.Order.Count > 0 && question.Type is QuestionType.Single or QuestionType.Multiple ? layout.Order : question.Options.Select(o => o.Id).ToList();
            var options = question.Type is QuestionType.Single or QuestionType.Multiple or QuestionType.TrueFalse
                ? optionOrder.Select(optionId => question.Options.Single(o => o.Id == optionId))
                    .Select(o => new AttemptChoice(o.Id, o.Text, response.ChosenOptionIds.Contains(o.Id))).ToList()
                : [];
            var lefts = question.MatchPairs.Where(p => !p.IsDistractor)
                .Select(p => new AttemptMatch(p.Id, p.Left!, response.Matches.TryGetValue(p.Id, out var chosen) ? chosen : null)).ToList();
            var rightOrder = question.Type == QuestionType.Matching && layout.Order.Count > 0 ? layout.Order : question.MatchPairs.Select(p => p.Id).ToList();
            var rights = rightOrder.Select(pairId => question.MatchPairs.Single(p => p.Id == pairId)).Select(p => new AttemptChoice(p.Id, p.Right, false)).ToList();
            return new AttemptQuestion(layout.Question, position + 1, question.Text, question.Type.ToName(), options, response.Text, lefts, rights);
        })];
    }
}

public sealed record AttemptChoice(int Id, string Text, bool Chosen);

public sealed record AttemptMatch(int Id, string Left, int? ChosenRight);

public sealed record ReviewViewModel(
    long Id,
    string CourseId,
    string ModuleId,
    string ModuleTitle,
    int Number,
    decimal Percent,
    bool Passed,
    int PassMark,
    IReadOnlyList<ReviewQuestion> Questions);

public sealed record ReviewQuestion(int Number, string Text, decimal Fraction, IReadOnlyList<ReviewAnswer> Answers, string? AnswerFeedback, string? GeneralFeedback)
{
    /// <summary>A submitted attempt's questions in its stored order, each with what was answered, its credit and feedback.</summary>
    public static List<ReviewQuestion> ListFor(QuizAttempt attempt, QuizDefinition quiz, QuizGrade grade)
    {
        var answers = attempt.SavedAnswers;
        return [.. attempt.QuestionLayouts.Select((layout, position) =>
        {
            var question = quiz.Questions[layout.Question];
            var response = answers.GetValueOrDefault(layout.Question) ?? QuestionResponse.None;
            var questionGrade = grade.Questions[layout.Question];
            return new ReviewQuestion(position + 1, question.Text, questionGrade.Fraction, Answered(question, response, questionGrade),
                questionGrade.AnswerFeedback, question.GeneralFeedback);
        })];
    }

    private static List<ReviewAnswer> Answered(QuestionDefinition question, QuestionResponse response, QuestionGrade grade) => question.Type switch
    {
        QuestionType.Single or QuestionType.Multiple or QuestionType.TrueFalse => [.. question.Options
            .Where(o => response.ChosenOptionIds.Contains(o.Id))
            .Select(o => new ReviewAnswer(o.Text, o.Weight > 0, grade.OptionFeedback.GetValueOrDefault(o.Id)))],
        QuestionType.Matching => [.. question.MatchPairs.Where(p => !p.IsDistractor).Select(p => new ReviewAnswer(
            $"{p.Left} → {(response.Matches.TryGetValue(p.Id, out var chosen) ? question.MatchPairs.FirstOrDefault(r => r.Id == chosen)?.Right : "—")}",
            response.Matches.TryGetValue(p.Id, out var right) && right == p.Id, null))],
        _ => string.IsNullOrWhiteSpace(response.Text) ? [] : [new ReviewAnswer(response.Text!, grade.Fraction > 0, null)],
    };
}

/// <summary>One thing the learner answered, whether it earned marks, and the feedback for it.</summary>
public sealed record ReviewAnswer(string Text, bool Credited, string? Feedback);

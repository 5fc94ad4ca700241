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

public sealed record AttemptViewModel(long Id, string CourseId, string ModuleId, string ModuleTitle, int Number, DateTime? DeadlineAt, IReadOnlyList<AttemptQuestion> Questions);

/// <summary>A question as the learner sees it before submitting: no weights, no feedback, nothing that gives the answer away.</summary>
public sealed record AttemptQuestion(
    int Index,
    int Number,
    string Text,
    string Type,
    IReadOnlyList<AttemptChoice> Options,
    string? TextAnswer,
    IReadOnlyList<AttemptMatch> Lefts,
    IReadOnlyList<AttemptChoice> Rights);

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

public sealed record ReviewQuestion(int Number, string Text, decimal Fraction, IReadOnlyList<ReviewAnswer> Answers, string? AnswerFeedback, string? GeneralFeedback);

/// <summary>One thing the learner answered, whether it earned marks, and the feedback for it.</summary>
public sealed record ReviewAnswer(string Text, bool Credited, string? Feedback);

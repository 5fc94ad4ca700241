using System.Text.Json;

namespace Dice.Lms.Domain.Quizzes;

/// <summary>
/// One learner's attempt at a module's quiz, bound to the module version and language it was started on. The order of
/// questions and options is drawn once and stored, so a reload shows the same quiz; grading happens once, on the server.
/// </summary>
public sealed class QuizAttempt
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public QuizAttempt(string learnerId, string moduleId, int versionId, string language, int number, QuizDefinition quiz, DateTime now, Random random)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(learnerId);
        LearnerId = learnerId;
        ModuleId = moduleId;
        VersionId = versionId;
        Language = language;
        Number = number;
        StartedAt = now;
        DeadlineAt = quiz.TimeLimitMinutes > 0 ? now.AddMinutes(quiz.TimeLimitMinutes) : null;
        var layout = quiz.Questions
            .Select((question, index) => new QuestionLayout(index, Shuffle(OrderedIds(question), random)))
            .ToArray();
        random.Shuffle(layout);
        Layout = JsonSerializer.Serialize(layout, Json);
        Answers = "{}";
    }

    // For EF Core.
    private QuizAttempt()
    {
        LearnerId = ModuleId = Language = Layout = Answers = "";
    }

    public long Id { get; private set; }

    public string LearnerId { get; private set; }

    public string ModuleId { get; private set; }

    public int VersionId { get; private set; }

    public string Language { get; private set; }

    /// <summary>1 for the learner's first attempt at this module's quiz, 2 for the next…</summary>
    public int Number { get; private set; }

    public DateTime StartedAt { get; private set; }

    /// <summary>When the time limit ends; null without a limit.</summary>
    public DateTime? DeadlineAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    /// <summary>The question order and each question's option order, as JSON.</summary>
    public string Layout { get; private set; }

    /// <summary>Saved answers by question index, as JSON.</summary>
    public string Answers { get; private set; }

    public decimal? Percent { get; private set; }

    public bool? Passed { get; private set; }

    /// <summary>Changes with every write: of two simultaneous submissions only one can be saved.</summary>
    public Guid Stamp { get; private set; } = Guid.NewGuid();

    public bool IsSubmitted => SubmittedAt is not null;

    /// <summary>Closed at its deadline because the time ran out, not by the learner's submission.</summary>
    public bool WasClosedOverdue => DeadlineAt is { } deadline && SubmittedAt == deadline;

    public IReadOnlyList<QuestionLayout> QuestionLayouts => JsonSerializer.Deserialize<QuestionLayout[]>(Layout, Json) ?? [];

    public IReadOnlyDictionary<int, QuestionResponse> SavedAnswers =>
        JsonSerializer.Deserialize<Dictionary<int, QuestionResponse>>(Answers, Json) ?? [];

    public bool IsOverdue(DateTime now) => DeadlineAt is { } deadline && now > deadline;

    /// <summary>
    /// Tells a replayed post from a new one. A form carries the <see cref="Stamp"/> it was shown with; a post whose stamp
    /// is no longer current either repeats what was already applied (same answers, and a submission only once it is
    /// submitted) or was made on an older state. Posts that carry no stamp are judged as usual.
    /// </summary>
    public AnswerPost Classify(Guid? revision, IReadOnlyDictionary<int, QuestionResponse> answers, bool submit)
    {
        if (revision is null || revision == Stamp)
        {
            return AnswerPost.Current;
        }

        var same = Canonical(answers) == Canonical(SavedAnswers);
        if (IsSubmitted)
        {
            // A late or different answer to a closed attempt goes on to be refused with its reason, never silently dropped.
            return same && submit && !WasClosedOverdue ? AnswerPost.Replay : AnswerPost.Current;
        }

        return same && !submit ? AnswerPost.Replay : AnswerPost.Stale;
    }

    /// <summary>Keeps answers to come back to later. Nothing changes once the attempt is submitted or its time is up.</summary>
    public void SaveAnswers(IReadOnlyDictionary<int, QuestionResponse> answers, DateTime now)
    {
        EnsureOpen(now);
        Answers = JsonSerializer.Serialize(answers, Json);
        Stamp = Guid.NewGuid();
    }

    /// <summary>Grades the given answers on the server and closes the attempt.</summary>
    public QuizGrade Submit(QuizDefinition quiz, IReadOnlyDictionary<int, QuestionResponse> answers, int coursePassMark, DateTime now)
    {
        EnsureOpen(now);
        Answers = JsonSerializer.Serialize(answers, Json);
        return Close(quiz, coursePassMark, now);
    }

    /// <summary>An attempt whose time ran out is graded on what was saved before the limit.</summary>
    public QuizGrade CloseOverdue(QuizDefinition quiz, int coursePassMark, DateTime now)
    {
        if (IsSubmitted || !IsOverdue(now))
        {
            throw new QuizAttemptException(AttemptRefusal.NotOverdue, "The attempt is not overdue.");
        }

        return Close(quiz, coursePassMark, DeadlineAt!.Value);
    }

    public QuizGrade Grade(QuizDefinition quiz, int coursePassMark) => QuizGrader.Grade(quiz, SavedAnswers, coursePassMark);

    private QuizGrade Close(QuizDefinition quiz, int coursePassMark, DateTime submittedAt)
    {
        var grade = Grade(quiz, coursePassMark);
        SubmittedAt = submittedAt;
        Percent = grade.Percent;
        Passed = grade.Passed;
        Stamp = Guid.NewGuid();
        return grade;
    }

    private void EnsureOpen(DateTime now)
    {
        if (IsSubmitted)
        {
            throw new QuizAttemptException(AttemptRefusal.AlreadySubmitted, "This attempt has already been submitted.");
        }

        if (IsOverdue(now))
        {
            throw new QuizAttemptException(AttemptRefusal.TimeLimitPassed, "The time limit of this attempt has passed.");
        }
    }

    private static string Canonical(IReadOnlyDictionary<int, QuestionResponse> answers) =>
        JsonSerializer.Serialize(answers.OrderBy(a => a.Key).Select(a => new
        {
            a.Key,
            Options = a.Value.ChosenOptionIds.Order().ToArray(),
            a.Value.Text,
            Matches = a.Value.Matches.OrderBy(m => m.Key).Select(m => new[] { m.Key, m.Value }).ToArray(),
        }), Json);

    private static int[] OrderedIds(QuestionDefinition question) => question.Type switch
    {
        QuestionType.Single or QuestionType.Multiple => [.. question.Options.Select(o => o.Id)],
        // True comes before false, as everyone expects.
        QuestionType.TrueFalse => [],
        QuestionType.Matching => [.. question.MatchPairs.Select(p => p.Id)],
        _ => [],
    };

    private static int[] Shuffle(int[] ids, Random random)
    {
        random.Shuffle(ids);
        return ids;
    }
}

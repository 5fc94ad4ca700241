using System.Text.RegularExpressions;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Domain.Quizzes;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Quizzes;
using Dice.Lms.Web.Infrastructure;
using Dice.Lms.Web.Models;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Controllers;

/// <summary>
/// Taking quizzes. Answers are graded on the server only; an attempt is visible to its learner alone (anyone else gets
/// 404, as for an attempt that does not exist).
/// </summary>
[Authorize]
public sealed partial class QuizController(
    LmsDbContext db,
    UserManager<LmsUser> users,
    ModuleQuizzes quizzes,
    CourseOutlines outlines,
    ModuleVersionCache versions,
    CertificateIssuing certificates,
    IStringLocalizer<SharedResource> text,
    TimeProvider clock) : Controller
{
    [HttpGet("/courses/{courseId}/modules/{moduleId}/quiz")]
    public async Task<IActionResult> Overview(string courseId, string moduleId)
    {
        var found = await FindQuizAsync(courseId, moduleId);
        if (found.Error is { } error)
        {
            return error;
        }

        var (course, version, quiz) = (found.Course!, found.Version!, found.Quiz!);
        var userId = users.GetUserId(User)!;
        var now = Now;
        var attempts = await db.QuizAttempts.Where(a => a.LearnerId == userId && a.ModuleId == moduleId).OrderBy(a => a.Number).ToListAsync();
        await CloseOverdueAsync(attempts, course.PassMark);
        var decision = QuizRules.CanStart(quiz, attempts, now);
        var language = HttpContext.Language();
        return View(new QuizOverviewViewModel(
            courseId,
            moduleId,
            version.Text(language)!.Title,
            quiz.Questions.Count,
            quiz.PassMark ?? course.PassMark,
            quiz.MaxAttempts,
            quiz.WaitMinutes,
            quiz.TimeLimitMinutes,
            [.. attempts.Select(a => new AttemptRow(a.Id, a.Number, a.StartedAt, a.IsSubmitted, a.Percent, a.Passed))],
            QuizRules.BestPercent(attempts),
            decision.Allowed,
            decision.Refusal switch
            {
                StartRefusal.NoAttemptsLeft => text["Quiz.NoAttemptsLeft"].Value,
                StartRefusal.MustWait => text["Quiz.MustWait", decision.AvailableAt!.Value.ToString("yyyy-MM-dd HH:mm") + " UTC"].Value,
                _ => null,
            },
            attempts.FirstOrDefault(a => !a.IsSubmitted && !a.IsOverdue(now))?.Id));
    }

    [HttpPost("/courses/{courseId}/modules/{moduleId}/quiz/start")]
    public async Task<IActionResult> Start(string courseId, string moduleId)
    {
        var found = await FindQuizAsync(courseId, moduleId);
        if (found.Error is { } error)
        {
            return error;
        }

        var userId = users.GetUserId(User)!;
        var attempts = await db.QuizAttempts.Where(a => a.LearnerId == userId && a.ModuleId == moduleId).ToListAsync();
        await CloseOverdueAsync(attempts, found.Course!.PassMark);
        if (attempts.FirstOrDefault(a => !a.IsSubmitted && !a.IsOverdue(Now)) is { } open)
        {
            return RedirectToAction(nameof(Take), new { id = open.Id });
        }

        var decision = QuizRules.CanStart(found.Quiz!, attempts, Now);
        if (!decision.Allowed)
        {
            return this.Refuse(StatusCodes.Status409Conflict, text["Quiz.CannotStart"].Value,
                text[decision.Refusal == StartRefusal.MustWait ? "Quiz.MustWaitShort" : "Quiz.NoAttemptsLeft"].Value,
                Url.Action(nameof(Overview), new { courseId, moduleId }), text["Quiz.BackToQuiz"].Value);
        }

        var language = found.Version!.Text(HttpContext.Language())!.Language;
        var attempt = new QuizAttempt(userId, moduleId, found.Version.Id, language, attempts.Count + 1, found.Quiz!, Now, Random.Shared);
        db.QuizAttempts.Add(attempt);
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // A double click started the same attempt a moment ago: continue that one.
            db.ChangeTracker.Clear();
            var existing = await db.QuizAttempts.SingleAsync(a => a.LearnerId == userId && a.ModuleId == moduleId && a.Number == attempt.Number);
            return RedirectToAction(nameof(Take), new { id = existing.Id });
        }

        return RedirectToAction(nameof(Take), new { id = attempt.Id });
    }

    [HttpGet("/attempts/{id:long}")]
    public async Task<IActionResult> Take(long id)
    {
        var loaded = await LoadAttemptAsync(id);
        if (loaded.Error is { } error)
        {
            return error;
        }

        var (attempt, version, quiz, course) = (loaded.Attempt!, loaded.Version!, loaded.Quiz!, loaded.Course!);
        if (attempt.IsSubmitted)
        {
            return RedirectToAction(nameof(Review), new { id });
        }

        if (attempt.IsOverdue(Now))
        {
            attempt.CloseOverdue(quiz, course.PassMark, Now);
            await db.SaveChangesAsync();
            return RedirectToAction(nameof(Review), new { id });
        }

        // The page holds the learner's own answers: never kept by a browser or a proxy.
        Response.NeverStore();
        return View(new AttemptViewModel(attempt.Id, course.Id, attempt.ModuleId, version.Text(attempt.Language)!.Title, attempt.Number, attempt.DeadlineAt,
            Present(attempt, quiz)));
    }

    [HttpPost("/attempts/{id:long}")]
    public async Task<IActionResult> Answer(long id, string? action)
    {
        var loaded = await LoadAttemptAsync(id);
        if (loaded.Error is { } error)
        {
            return error;
        }

        var (attempt, quiz, course) = (loaded.Attempt!, loaded.Quiz!, loaded.Course!);
        var (answers, problem) = ReadAnswers(quiz, Request.Form);
        if (problem is not null)
        {
            return BadRequest(problem);
        }

        try
        {
            if (action == "submit")
            {
                attempt.Submit(quiz, answers, course.PassMark, Now);
            }
            else
            {
                attempt.SaveAnswers(answers, Now);
            }

            await db.SaveChangesAsync();
        }
        catch (QuizAttemptException e) when (e.Reason == AttemptRefusal.TimeLimitPassed)
        {
            // Graded now on what was saved in time, so the refusal can point at the result.
            attempt.CloseOverdue(quiz, course.PassMark, Now);
            await SaveUnlessChangedElsewhereAsync();
            return AttemptRefused(id, "Quiz.TimeLimitPassed");
        }
        catch (QuizAttemptException e) when (e.Reason == AttemptRefusal.AlreadySubmitted)
        {
            return AttemptRefused(id, "Quiz.AlreadySubmitted");
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another request (a second click, another tab) submitted or saved this attempt first; its result stands.
            return AttemptRefused(id, "Quiz.ChangedElsewhere");
        }

        if (action == "submit")
        {
            // A pass may complete the course (a fail never does): a course set to issue automatically issues now.
            if (attempt.Passed == true && course.IssuesCertificatesAutomatically)
            {
                await certificates.IssueIfAutomaticAsync(attempt.LearnerId, course.Id);
            }

            return RedirectToAction(nameof(Review), new { id });
        }

        TempData["Notice"] = text["Quiz.Saved"].Value;
        return RedirectToAction(nameof(Take), new { id });
    }

    [HttpGet("/attempts/{id:long}/review")]
    public async Task<IActionResult> Review(long id)
    {
        var loaded = await LoadAttemptAsync(id);
        if (loaded.Error is { } error)
        {
            return error;
        }

        var (attempt, version, quiz, course) = (loaded.Attempt!, loaded.Version!, loaded.Quiz!, loaded.Course!);
        if (!attempt.IsSubmitted)
        {
            if (!attempt.IsOverdue(Now))
            {
                return RedirectToAction(nameof(Take), new { id });
            }

            attempt.CloseOverdue(quiz, course.PassMark, Now);
            await db.SaveChangesAsync();
        }

        var grade = attempt.Grade(quiz, course.PassMark);
        var answers = attempt.SavedAnswers;
        var questions = attempt.QuestionLayouts.Select((layout, position) =>
        {
            var question = quiz.Questions[layout.Question];
            var response = answers.GetValueOrDefault(layout.Question) ?? QuestionResponse.None;
            var questionGrade = grade.Questions[layout.Question];
            return new ReviewQuestion(position + 1, question.Text, questionGrade.Fraction, Answered(question, response, questionGrade),
                questionGrade.AnswerFeedback, question.GeneralFeedback);
        }).ToList();
        Response.NeverStore();
        return View(new ReviewViewModel(attempt.Id, course.Id, attempt.ModuleId, version.Text(attempt.Language)!.Title, attempt.Number,
            attempt.Percent ?? grade.Percent, attempt.Passed ?? grade.Passed, quiz.PassMark ?? course.PassMark, questions));
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

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

    private static List<AttemptQuestion> Present(QuizAttempt attempt, QuizDefinition quiz)
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

    /// <summary>Reads q{n} fields (and q{n}-{left} for matching); anything that is not part of the quiz is a 400 with its reason.</summary>
    private static (Dictionary<int, QuestionResponse> Answers, string? Problem) ReadAnswers(QuizDefinition quiz, IFormCollection form)
    {
        var answers = new Dictionary<int, QuestionResponse>();
        foreach (var (key, values) in form)
        {
            if (key is "__RequestVerificationToken" or "action")
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
                    var left = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
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
                    if (answer.Length > 500)
                    {
                        return (answers, $"the answer to question {index} is longer than 500 characters.");
                    }

                    answers[index] = current with { Text = answer };
                    break;
                default:
                    return (answers, $"'{key}' does not fit question {index}.");
            }
        }

        return (answers, null);
    }

    /// <summary>A refused answer to an attempt, as a page that leads back to the attempt (or its result).</summary>
    private ViewResult AttemptRefused(long id, string key) =>
        this.Refuse(StatusCodes.Status409Conflict, text[key + ".Title"].Value, text[key + ".Text"].Value,
            Url.Action(nameof(Take), new { id }), text["Quiz.ToAttempt"].Value);

    /// <summary>Saves, unless another request changed the same attempt first: then that change stands.</summary>
    private async Task SaveUnlessChangedElsewhereAsync()
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
        }
    }

    private async Task CloseOverdueAsync(List<QuizAttempt> attempts, int coursePassMark)
    {
        var overdue = attempts.Where(a => !a.IsSubmitted && a.IsOverdue(Now)).ToList();
        foreach (var attempt in overdue)
        {
            var version = await versions.GetAsync(db, attempt.VersionId);
            if (quizzes.For(version, attempt.Language) is { } quiz)
            {
                attempt.CloseOverdue(quiz, coursePassMark, Now);
            }
        }

        if (overdue.Count > 0)
        {
            await db.SaveChangesAsync();
        }
    }

    private async Task<(IActionResult? Error, Course? Course, ModuleVersion? Version, QuizDefinition? Quiz)> FindQuizAsync(string courseId, string moduleId)
    {
        var outline = await outlines.GetPublishedAsync(db, courseId);
        var course = outline?.Course;
        var module = outline?.Modules.SingleOrDefault(m => m.Id == moduleId);
        if (course is null || module?.CurrentVersionId is null)
        {
            return (NotFound(), null, null, null);
        }

        if (!await db.CanReadCourseAsync(User, users.GetUserId(User), courseId))
        {
            TempData["Notice"] = text["Course.EnrolFirst"].Value;
            return (RedirectToAction(nameof(CoursesController.Details), "Courses", new { courseId }), null, null, null);
        }

        var version = await versions.GetAsync(db, module.CurrentVersionId.Value);
        var quiz = quizzes.For(version, HttpContext.Language());
        return quiz is null ? (NotFound(), null, null, null) : (null, course, version, quiz);
    }

    private async Task<(IActionResult? Error, QuizAttempt? Attempt, ModuleVersion? Version, QuizDefinition? Quiz, Course? Course)> LoadAttemptAsync(long id)
    {
        var userId = users.GetUserId(User);
        var attempt = await db.QuizAttempts.SingleOrDefaultAsync(a => a.Id == id && a.LearnerId == userId);
        if (attempt is null)
        {
            return (NotFound(), null, null, null, null);
        }

        // The attempt's own version, whatever the module's current one is now.
        var version = await versions.GetAsync(db, attempt.VersionId);
        var course = await db.Modules.Where(m => m.Id == attempt.ModuleId).Join(db.Courses, m => m.CourseId, c => c.Id, (_, c) => c).SingleAsync();
        var quiz = quizzes.For(version, attempt.Language);
        return quiz is null ? (NotFound(), null, null, null, null) : (null, attempt, version, quiz, course);
    }

    [GeneratedRegex(@"^q(\d{1,4})(?:-(\d{1,4}))?$")]
    private static partial Regex AnswerField();
}

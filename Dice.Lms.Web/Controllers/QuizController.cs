using Dice.Lms.Domain.Courses;
using Dice.Lms.Domain.Quizzes;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Quizzes;
using Dice.Lms.Infrastructure.Time;
using Dice.Lms.Web.Certification;
using Dice.Lms.Web.Localization;
using Dice.Lms.Web.Models;
using Dice.Lms.Web.Responses;
using Dice.Lms.Web.Security;
using Dice.Lms.Web.Xapi;
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
public sealed class QuizController(
    LmsDbContext db,
    UserManager<LmsUser> users,
    ModuleQuizzes quizzes,
    CourseOutlines outlines,
    ModuleVersionCache versions,
    CertificateIssuing certificates,
    LearningRecords records,
    IStringLocalizer<SharedResource> text,
    LocalTime localTime,
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
                StartRefusal.MustWait => text["Quiz.MustWait", localTime.DateTime(decision.AvailableAt!.Value)].Value,
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
            await CloseOverdueAsync([attempt], course.PassMark);
            return RedirectToAction(nameof(Review), new { id });
        }

        // The page holds the learner's own answers: never kept by a browser or a proxy.
        Response.NeverStore();
        return View(new AttemptViewModel(attempt.Id, course.Id, attempt.ModuleId, version.Text(attempt.Language)!.Title, attempt.Number, attempt.DeadlineAt,
            attempt.Stamp, AttemptQuestion.ListFor(attempt, quiz)));
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
        var (answers, problem) = QuizAnswerForm.Read(quiz, Request.Form);
        if (problem is not null)
        {
            return BadRequest(problem);
        }

        // A post sent again (an answer queued offline, a retry after a lost response) is applied once only.
        switch (attempt.Classify(QuizAnswerForm.Revision(Request.Form), answers, action == "submit"))
        {
            case AnswerPost.Replay:
                TempData["Notice"] = text["Quiz.AlreadyApplied"].Value;
                return RedirectToAction(attempt.IsSubmitted ? nameof(Review) : nameof(Take), new { id });
            case AnswerPost.Stale:
                return AttemptRefused(id, "Quiz.ChangedElsewhere");
        }

        try
        {
            if (action == "submit")
            {
                attempt.Submit(quiz, answers, course.PassMark, Now);
                await records.QuizSubmittedAsync(attempt);
            }
            else
            {
                attempt.SaveAnswers(answers, Now);
            }

            // A pass may complete the course (a fail never does).
            await records.SaveAsync(attempt.LearnerId, course.Id, mayCompleteCourse: attempt.Passed == true);
        }
        catch (QuizAttemptException e) when (e.Reason == AttemptRefusal.TimeLimitPassed)
        {
            // Graded now on what was saved in time, so the refusal can point at the result.
            await CloseOverdueAsync([attempt], course.PassMark);
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

            await CloseOverdueAsync([attempt], course.PassMark);
        }

        var grade = attempt.Grade(quiz, course.PassMark);
        Response.NeverStore();
        return View(new ReviewViewModel(attempt.Id, course.Id, attempt.ModuleId, version.Text(attempt.Language)!.Title, attempt.Number,
            attempt.Percent ?? grade.Percent, attempt.Passed ?? grade.Passed, quiz.PassMark ?? course.PassMark, ReviewQuestion.ListFor(attempt, quiz, grade)));
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A refused answer to an attempt, as a page that leads back to the attempt (or its result).</summary>
    private ViewResult AttemptRefused(long id, string key) =>
        this.Refuse(StatusCodes.Status409Conflict, text[key + ".Title"].Value, text[key + ".Text"].Value,
            Url.Action(nameof(Take), new { id }), text["Quiz.ToAttempt"].Value);

    /// <summary>
    /// The one place an overdue attempt is closed: graded on what was saved before its time limit. Every page that finds
    /// one closes it, so racing requests (two tabs, a reload) may close the same attempt; the first save stands and the
    /// others find the same result, which is why a concurrency conflict here is not an error.
    /// </summary>
    private async Task CloseOverdueAsync(IEnumerable<QuizAttempt> attempts, int coursePassMark)
    {
        var closed = false;
        foreach (var attempt in attempts.Where(a => !a.IsSubmitted && a.IsOverdue(Now)))
        {
            var version = await versions.GetAsync(db, attempt.VersionId);
            if (quizzes.For(version, attempt.Language) is { } quiz)
            {
                attempt.CloseOverdue(quiz, coursePassMark, Now);
                await records.QuizSubmittedAsync(attempt);
                closed = true;
            }
        }

        if (!closed)
        {
            return;
        }

        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
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
}

using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Domain.Quizzes;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests.Support;

/// <summary>Learners who completed a course, set up straight in the database.</summary>
public static class Certificates
{
    /// <summary>Marks every current module of the course completed and records a passed attempt for every quiz, except those skipped.</summary>
    public static async Task CompleteCourseAsync(this IServiceProvider services, string learnerId, string courseId, params string[] skipModules)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var quizzes = scope.ServiceProvider.GetRequiredService<ModuleQuizzes>();
        var now = DateTime.UtcNow;
        var modules = await db.Modules.Where(m => m.CourseId == courseId && m.ArchivedAt == null && m.CurrentVersionId != null).ToListAsync();
        Assert.That(modules, Is.Not.Empty, $"course {courseId} has no modules");
        var passed = new List<QuizAttempt>();
        foreach (var module in modules.Where(m => !skipModules.Contains(m.Id)))
        {
            var version = await db.ModuleVersions.SingleAsync(v => v.Id == module.CurrentVersionId);
            var progress = new Dice.Lms.Domain.Courses.ModuleProgress(learnerId, module.Id, version.Id, now);
            progress.Complete(version.Id, now);
            db.ModuleProgress.Add(progress);
            if (quizzes.For(version, "mn") is { } quiz)
            {
                var attempt = new QuizAttempt(learnerId, module.Id, version.Id, "mn", 1, quiz, now, Random.Shared);
                attempt.Submit(quiz, new Dictionary<int, QuestionResponse>(), 70, now);
                db.QuizAttempts.Add(attempt);
                passed.Add(attempt);
            }
        }

        await db.SaveChangesAsync();
        // Full marks: what answering every question right would have recorded.
        var ids = passed.Select(a => a.Id).ToList();
        await db.QuizAttempts.Where(a => ids.Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.Percent, 100m).SetProperty(a => a.Passed, true));
    }

    /// <summary>A cohort with one course; returns its id.</summary>
    public static async Task<int> CreateCohortAsync(this IServiceProvider services, string name, string courseId)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var cohort = new Cohort(name, null, null, null, JoinCodes.New());
        cohort.AssignCourses([courseId]);
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        return cohort.Id;
    }
}

using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Domain.Reminders;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests.Support;

/// <summary>Courses, cohorts and learners for the reminder tests, written straight to the site's database.</summary>
public static class Reminders
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    /// <summary>A fresh course and a cohort that takes it, ending on <paramref name="end"/>; returns the cohort's name and the course id.</summary>
    public static async Task<(string Cohort, string CourseId, int CohortId)> CreateCohortAsync(this LmsWebFactory factory, DateOnly? end,
        ReminderSettings? settings = null)
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var courseId = "reminder-course-" + suffix;
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        db.Courses.Add(new Course(courseId, "safety", "Цахим аюулгүй байдал " + suffix, "Digital safety " + suffix, "", ""));
        var cohort = new Cohort("Reminder cohort " + suffix, null, null, end, JoinCodes.New());
        cohort.AssignCourses([courseId]);
        cohort.SetReminders(settings ?? ReminderSettings.Default);
        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        return (cohort.Name, courseId, cohort.Id);
    }

    /// <summary>A learner of the cohort (so enrolled in its course now), changed by <paramref name="change"/> before saving.</summary>
    public static async Task<string> CreateLearnerAsync(this LmsWebFactory factory, string cohort, string fullName, Action<LmsUser>? change = null)
    {
        var email = $"learner-{Guid.NewGuid():N}@example.org";
        await factory.CreateUserAsync(email, Roles.Learner, cohort: cohort, fullName: fullName);
        if (change is not null)
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LmsUser>>();
            var user = (await users.FindByEmailAsync(email))!;
            change(user);
            await users.UpdateAsync(user);
        }

        return email;
    }

    public static async Task CompleteCourseAsync(this LmsWebFactory factory, string email, string courseId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        var enrollment = await db.Enrollments.SingleAsync(e => e.LearnerId == userId && e.CourseId == courseId);
        enrollment.Complete(DateTime.UtcNow);
        await db.SaveChangesAsync();
    }

    public static async Task<LmsUser> FindUserAsync(this LmsWebFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<UserManager<LmsUser>>().FindByEmailAsync(email))!;
    }
}

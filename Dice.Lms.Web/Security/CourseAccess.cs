using System.Security.Claims;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;

namespace Dice.Lms.Web.Security;

/// <summary>Who reads a course's modules and quizzes: the one rule every course page checks.</summary>
public static class CourseAccess
{
    /// <summary>Learners read the courses they are enrolled in; trainers, staff and administrators read every course.</summary>
    public static async Task<bool> CanReadCourseAsync(this LmsDbContext db, ClaimsPrincipal user, string? userId, string courseId) =>
        user.IsInRole(Roles.Trainer) || user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Admin)
        || await db.Enrollments.AnyAsync(e => e.LearnerId == userId && e.CourseId == courseId);
}

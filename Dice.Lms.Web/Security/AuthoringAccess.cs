using System.Security.Claims;
using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;

namespace Dice.Lms.Web.Security;

/// <summary>Who edits a course in the browser: the one rule every authoring action checks.</summary>
public static class AuthoringAccess
{
    public static bool EditsEveryCourse(this ClaimsPrincipal user) => user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Admin);

    /// <summary>Staff and administrators edit every course; a trainer the courses assigned to them.</summary>
    public static IQueryable<Course> EditableBy(this IQueryable<Course> courses, LmsDbContext db, ClaimsPrincipal user, string userId) =>
        user.EditsEveryCourse()
            ? courses
            : courses.Where(c => db.CourseTrainers.Any(t => t.CourseId == c.Id && t.TrainerId == userId));
}

using Dice.Lms.Infrastructure.Identity;
using Hangfire.Dashboard;

namespace Dice.Lms.Web.Security;

/// <summary>The job dashboard is for administrators (and staff, read-only); nobody else, never anonymously.</summary>
public sealed class JobsDashboardAuthorization : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var user = context.GetHttpContext().User;
        return user.Identity?.IsAuthenticated == true && (user.IsInRole(Roles.Admin) || user.IsInRole(Roles.Staff));
    }
}

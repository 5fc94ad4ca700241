using System.Security.Claims;
using Dice.Lms.Infrastructure.Identity;

namespace Dice.Lms.Web.Navigation;

/// <summary>One link of the header menu: the resource key of its text and where it leads.</summary>
public sealed record MenuLink(string Label, string Href);

/// <summary>
/// The header's links for a user, and the section a path belongs to (named next to the site name, so a phone shows
/// where the reader is while the menu stays folded).
/// </summary>
public static class SiteMenu
{
    // Pages that are not menu links but belong to a section: longest prefix first wins.
    private static readonly (string Prefix, string Label)[] Sections =
    [
        ("/self-assessment", "Nav.MyLevels"),
        ("/attempts", "Nav.Courses"),
        ("/certificates", "Nav.MyCertificates"),
        ("/account/sign-in", "Nav.SignIn"),
        ("/account/sign-up", "Nav.SignUp"),
        ("/account/forgot-password", "Nav.SignIn"),
        ("/account/reset-password", "Nav.SignIn"),
        ("/verify", "Nav.Verify"),
        ("/privacy", "Policy.Title"),
    ];

    /// <summary>The main links for <paramref name="user"/>, by role.</summary>
    public static IReadOnlyList<MenuLink> MainLinks(ClaimsPrincipal user)
    {
        var links = new List<MenuLink> { new("Nav.Home", "/"), new("Nav.Courses", "/courses") };
        if (user.Identity?.IsAuthenticated == true)
        {
            links.Add(new("Nav.MyLevels", "/my/levels"));
            links.Add(new("Nav.MyCertificates", "/my/certificates"));
            links.Add(new("Nav.EmailPreferences", "/my/email-preferences"));
        }

        var staff = user.IsInRole(Roles.Staff) || user.IsInRole(Roles.Admin);
        if (staff || user.IsInRole(Roles.Trainer))
        {
            links.Add(new("Nav.Authoring", "/authoring"));
        }

        if (staff)
        {
            links.Add(new("Nav.Cohorts", "/staff/cohorts"));
            links.Add(new("Nav.Proficiency", "/staff/proficiency"));
            links.Add(new("Nav.Certificates", "/staff/certificates"));
            links.Add(new("Nav.Organizations", "/staff/organizations"));
            links.Add(new("Nav.ErasureRequests", "/staff/erasure-requests"));
            links.Add(new("Nav.FailedEmails", "/staff/failed-emails"));
            links.Add(new("Nav.Reviews", "/staff/reviews"));
        }

        if (user.IsInRole(Roles.Admin))
        {
            links.Add(new("Nav.Users", "/admin/users"));
            links.Add(new("Nav.Audit", "/admin/audit"));
        }

        return links;
    }

    /// <summary>The account links: the signed-in person's own settings, or signing in and up.</summary>
    public static IReadOnlyList<MenuLink> AccountLinks(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
            ? [new("Nav.MyData", "/account/data"), new("Nav.Password", "/account/password")]
            : [new("Nav.SignIn", "/account/sign-in"), new("Nav.SignUp", "/account/sign-up")];

    /// <summary>The link of <paramref name="links"/> whose section <paramref name="path"/> is in, or null.</summary>
    public static MenuLink? Current(IEnumerable<MenuLink> links, string path) =>
        links.Where(l => l.Href == "/" ? path == "/" : path == l.Href || path.StartsWith(l.Href + "/", StringComparison.OrdinalIgnoreCase))
            .MaxBy(l => l.Href.Length);

    /// <summary>The resource key naming the section of <paramref name="path"/>, or null where none fits.</summary>
    public static string? SectionLabel(ClaimsPrincipal user, string path)
    {
        var current = Current(MainLinks(user).Concat(AccountLinks(user)), path);
        if (current is not null)
        {
            return current.Label;
        }

        return Sections.Where(s => path == s.Prefix || path.StartsWith(s.Prefix + "/", StringComparison.OrdinalIgnoreCase))
            .Select(s => s.Label).FirstOrDefault();
    }
}

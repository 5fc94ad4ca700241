namespace Dice.Lms.Infrastructure.Identity;

public static class Roles
{
    public const string Learner = "Learner";
    public const string Trainer = "Trainer";
    public const string Staff = "Staff";
    public const string Admin = "Admin";

    /// <summary>For [Authorize(Roles = ...)] on pages staff and administrators share.</summary>
    public const string StaffOrAdmin = Staff + "," + Admin;

    public static IReadOnlyList<string> All { get; } = [Learner, Trainer, Staff, Admin];

    /// <summary>Matches "learner", "LEARNER" and so on, as the command line accepts them.</summary>
    public static string? Find(string? name) => All.FirstOrDefault(r => string.Equals(r, name?.Trim(), StringComparison.OrdinalIgnoreCase));
}

namespace Dice.Lms.Infrastructure.Identity;

/// <summary>
/// One signed-in session, kept on the server so that signing out ends it for good: the cookie names the session, and
/// a cookie whose session has ended or grown older than <see cref="Lifetime"/> opens nothing.
/// </summary>
public sealed class AccountSession
{
    /// <summary>The claim in the cookie that names the session.</summary>
    public const string ClaimType = "dice:session";

    /// <summary>
    /// The absolute lifetime beside the cookie's sliding one: a session used every day still ends this long after
    /// sign-in (OWASP ASVS 5.0, 7.3.2).
    /// </summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    public const int IdLength = 32;

    private AccountSession(string id, string userId, DateTime createdAt)
    {
        Id = id;
        UserId = userId;
        CreatedAt = createdAt;
    }

    /// <summary>128 random bits, hex: never guessable from another session.</summary>
    public string Id { get; private set; }

    public string UserId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? EndedAt { get; private set; }

    public static AccountSession Start(string userId, DateTime now) =>
        new(Convert.ToHexStringLower(System.Security.Cryptography.RandomNumberGenerator.GetBytes(IdLength / 2)), userId, now);

    public bool IsOpen(string userId, DateTime now) => EndedAt is null && UserId == userId && now - CreatedAt < Lifetime;
}

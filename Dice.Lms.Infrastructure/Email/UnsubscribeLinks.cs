using System.Security.Cryptography;
using Dice.Lms.Domain.Reminders;
using Dice.Lms.Infrastructure.Options;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Infrastructure.Email;

/// <summary>
/// One-click unsubscribe links (RFC 8058): the token is the user id and topic, protected by ASP.NET Core Data Protection
/// under its own purpose, so it cannot be forged or reused for anything else, and it does not expire (an old e-mail's
/// link still works, as mail clients expect). Keys live in the database, so every node reads every node's links.
/// </summary>
public sealed class UnsubscribeLinks(IDataProtectionProvider protection, IOptions<LmsOptions> options)
{
    public const string Path = "/email/unsubscribe/";

    private readonly IDataProtector _protector = protection.CreateProtector("Dice.Lms.Email.Unsubscribe.v1");

    public string Create(string userId, EmailTopic topic)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        // Protect(string) returns base64url: safe in a path segment without escaping.
        return options.Value.PublicBaseUrl.TrimEnd('/') + Path + _protector.Protect($"{topic}\n{userId}");
    }

    /// <summary>Reads a token; null with a reason when it was altered, truncated or made by someone else.</summary>
    public (string UserId, EmailTopic Topic)? Read(string? token, out string? reason)
    {
        reason = null;
        if (string.IsNullOrWhiteSpace(token))
        {
            reason = "The link has no token.";
            return null;
        }

        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            reason = "The link was changed or is incomplete: its signature does not match.";
            return null;
        }

        var parts = payload.Split('\n', 2);
        if (parts.Length != 2 || !Enum.TryParse<EmailTopic>(parts[0], out var topic) || string.IsNullOrEmpty(parts[1]))
        {
            reason = "The link does not name a user and a kind of e-mail.";
            return null;
        }

        return (parts[1], topic);
    }
}

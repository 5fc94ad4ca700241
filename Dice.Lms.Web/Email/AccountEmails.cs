using System.Text.Encodings.Web;
using Dice.Lms.Infrastructure.Email;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Options;
using Dice.Lms.Web.Localization;
using Hangfire;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Web.Email;

/// <summary>Account e-mails (confirmation, password reset, invitation) in the recipient's language, queued in the outbox.</summary>
public sealed class AccountEmails(
    Outbox outbox,
    IStringLocalizer<SharedResource> text,
    IOptions<LmsOptions> options,
    IBackgroundJobClient jobs,
    TimeProvider clock)
{
    public Task QueueConfirmationAsync(LmsUser user, string token) =>
        QueueAsync(user, "confirm-email", "Email.Confirm", $"/account/confirm-email?userId={Uri.EscapeDataString(user.Id)}&token={Uri.EscapeDataString(token)}");

    public Task QueuePasswordResetAsync(LmsUser user, string token) =>
        QueueAsync(user, "password-reset", "Email.Reset", $"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&token={Uri.EscapeDataString(token)}");

    /// <summary>An invitation lets a user added by staff choose a password; it also confirms their address.</summary>
    public Task QueueInvitationAsync(LmsUser user, string token, string cohort, string inviter) =>
        QueueAsync(user, "invitation", "Email.Invite", $"/account/reset-password?email={Uri.EscapeDataString(user.Email!)}&token={Uri.EscapeDataString(token)}&invited=true",
            [inviter, cohort, InvitationTokens.LifespanDays], ignoreLine: false);

    /// <summary>Someone signed up with an address that has an account: its owner learns of it, and how to get in.</summary>
    public Task QueueAlreadyRegisteredAsync(LmsUser user) =>
        QueueAsync(user, "already-registered", "Email.AlreadyRegistered", "/account/forgot-password");

    /// <summary>Asks a job server to drain the outbox now rather than at the next minute.</summary>
    public void DeliverSoon() => jobs.Enqueue<EmailDeliveryJob>(job => job.RunAsync(CancellationToken.None));

    private async Task QueueAsync(LmsUser user, string kind, string textKey, string pathAndQuery, object[]? bodyArguments = null, bool ignoreLine = true)
    {
        var link = options.Value.PublicBaseUrl.TrimEnd('/') + pathAndQuery;
        using var culture = new UiCulture(user.PreferredLanguage);
        var subject = text[textKey + ".Subject"].Value;
        // The name is whatever was typed at sign-up: until the address is proved, it may be a stranger's text for a stranger.
        var proved = user.EmailConfirmed;
        var greeting = proved ? text["Email.Greeting", user.FullName].Value : text["Email.GreetingNoName"].Value;
        var body = text[textKey + ".Body", bodyArguments ?? []].Value;
        var action = text[textKey + ".Action"].Value;
        // An invited person asked for nothing: telling them to ignore a request they never made only confuses.
        var ignore = ignoreLine ? text["Email.IgnoreIfNotYou"].Value : "";
        var plain = $"{greeting}\n\n{body}\n\n{link}\n\n{ignore}\n";
        var encoder = HtmlEncoder.Default;
        var html = $"""
            <!DOCTYPE html><html lang="{user.PreferredLanguage}"><body>
            <p>{encoder.Encode(greeting)}</p><p>{encoder.Encode(body)}</p>
            <p><a href="{encoder.Encode(link)}">{encoder.Encode(action)}</a></p><p>{encoder.Encode(ignore)}</p>
            </body></html>
            """;
        // One e-mail per user, kind and minute: a double click does not send two.
        var key = $"{kind}:{user.Id}:{clock.GetUtcNow():yyyyMMddHHmm}";
        await outbox.QueueAsync(key, user.Email!, proved ? user.FullName : "", subject, plain, html, "account", user.Id);
    }
}

using Dice.Lms.Domain.Email;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Dice.Lms.Infrastructure.Email;

/// <summary>
/// Queues e-mail as rows of the scoped <see cref="LmsDbContext"/>; the caller's SaveChanges commits them with the
/// change that caused them. Queuing a key that is already queued does nothing.
/// </summary>
public sealed class Outbox(LmsDbContext db, IOptions<LmsOptions> options, TimeProvider clock)
{
    public async Task<bool> QueueAsync(string key, string toAddress, string toName, string subject, string textBody,
        string? htmlBody, string kind, string? userId, CancellationToken cancellationToken = default, string? unsubscribeUrl = null)
    {
        if (db.OutboxEmails.Local.Any(e => e.Key == key) || await db.OutboxEmails.AnyAsync(e => e.Key == key, cancellationToken))
        {
            return false;
        }

        var domain = MailboxAddress.TryParse(options.Value.Email.From, out var from) && from.Domain is { Length: > 0 } d ? d : "dice-lms.local";
        db.OutboxEmails.Add(new OutboxEmail(key, toAddress, toName, subject, textBody, htmlBody, kind, userId, clock.GetUtcNow().UtcDateTime, domain)
        {
            UnsubscribeUrl = unsubscribeUrl,
        });
        return true;
    }
}

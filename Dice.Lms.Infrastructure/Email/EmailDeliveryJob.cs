using System.Net.Sockets;
using Dice.Lms.Domain.Email;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Options;
using MailKit;
using MailKit.Net.Smtp;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Dice.Lms.Infrastructure.Email;

/// <summary>
/// Drains the outbox, sending each e-mail at most once. Each run claims a batch with one UPDATE, so two overlapping runs
/// never take the same row, and saves a hand-over mark on each e-mail before the server gets it. A claim expires after
/// Lms:Email:ClaimTimeout seconds: the next run sends again what a dead run never handed over, and marks what it was
/// handing over Unconfirmed, for staff, because the server may have it.
/// </summary>
public sealed class EmailDeliveryJob(
    LmsDbContext db,
    IEmailDelivery delivery,
    IOptions<LmsOptions> options,
    TimeProvider clock,
    ILogger<EmailDeliveryJob> logger)
{
    /// <summary>Delivers everything due now; returns how many e-mails the server accepted.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var batch = await ClaimBatchAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            var (batchSent, stop) = await SendBatchAsync(batch, cancellationToken);
            sent += batchSent;
            if (stop)
            {
                break;
            }
        }

        return sent;
    }

    private async Task<List<OutboxEmail>> ClaimBatchAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid();

        // A run that stopped while handing an e-mail over cannot tell whether the server took it: never send it again
        // by itself. The claim token stays, so that run, if it is only slow, can still record what the server said.
        var unconfirmed = await db.OutboxEmails
            .Where(e => e.Status == OutboxStatus.Pending && e.HandedOverAt != null && e.ClaimedUntil != null && e.ClaimedUntil < now)
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.Status, OutboxStatus.Unconfirmed), cancellationToken);
        if (unconfirmed > 0)
        {
            logger.LogWarning("{Count} e-mail(s) were being handed to the server when their delivery stopped; they are unconfirmed, for staff to check", unconfirmed);
        }

        var ids = await db.OutboxEmails
            .Where(e => e.Status == OutboxStatus.Pending && e.HandedOverAt == null && e.NextAttemptAt <= now && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .OrderBy(e => e.Id)
            .Select(e => e.Id)
            .Take(options.Value.Email.BatchSize)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        // The WHERE repeats the conditions: a row another run claimed or handed over since the SELECT is not taken again.
        await db.OutboxEmails
            .Where(e => ids.Contains(e.Id) && e.Status == OutboxStatus.Pending && e.HandedOverAt == null && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimToken, token).SetProperty(e => e.ClaimedUntil, now + TimeSpan.FromSeconds(options.Value.Email.ClaimTimeout)), cancellationToken);
        db.ChangeTracker.Clear();
        return await db.OutboxEmails.Where(e => e.ClaimToken == token).OrderBy(e => e.Id).ToListAsync(cancellationToken);
    }

    private async Task<(int Sent, bool Stop)> SendBatchAsync(List<OutboxEmail> batch, CancellationToken cancellationToken)
    {
        IEmailBatch connection;
        try
        {
            connection = await delivery.OpenBatchAsync(cancellationToken);
        }
        catch (Exception e) when (IsTransient(e))
        {
            logger.LogWarning(e, "Could not reach the e-mail server; {Count} e-mails wait for the next run", batch.Count);
            foreach (var email in batch)
            {
                email.MarkFailed(e.Message, permanent: false, clock.GetUtcNow().UtcDateTime);
            }

            await SaveAsync();
            return (0, true);
        }

        var sent = 0;
        await using (connection)
        {
            foreach (var email in batch)
            {
                if (cancellationToken.IsCancellationRequested)
                {
                    break;
                }

                MimeMessage message;
                try
                {
                    message = EmailMessageBuilder.Build(email, options.Value.Email.From);
                }
                catch (Exception e) when (IsInvalid(e))
                {
                    FailForGood(email, e);
                    continue;
                }

                // The hand-over mark is durable before the server sees a byte of the message. The same commit records
                // the previous e-mail's result, so a batch costs one commit per e-mail (and one more at its end).
                email.MarkHandedOver(clock.GetUtcNow().UtcDateTime);
                await SaveAsync();
                if (db.Entry(email).State == EntityState.Detached)
                {
                    // Another run claimed it after this run's claim ran out, and so the rest of the batch too.
                    return (sent, true);
                }

                try
                {
                    await connection.SendAsync(message, cancellationToken);
                    email.MarkSent(clock.GetUtcNow().UtcDateTime);
                    sent++;
                }
                catch (SmtpCommandException e)
                {
                    // The server refused this message (4xx: try again later, 5xx: never); the connection still works.
                    var permanent = (int)e.StatusCode >= 500;
                    logger.LogWarning("E-mail {Id} ({Kind}) refused with {Status}: {Error}", email.Id, email.Kind, (int)e.StatusCode, e.Message);
                    email.MarkFailed($"{(int)e.StatusCode} {e.Message}", permanent, clock.GetUtcNow().UtcDateTime);
                }
                catch (Exception e) when (IsInvalid(e))
                {
                    FailForGood(email, e);
                }
                catch (DeliveryOutcomeUnknownException e)
                {
                    logger.LogWarning(e, "E-mail {Id} ({Kind}) may or may not have reached the server; it is unconfirmed, for staff to check", email.Id, email.Kind);
                    email.MarkUnconfirmed(e.Message);
                    await SaveAsync();
                    return (sent, true);
                }
                catch (Exception e) when (IsTransient(e))
                {
                    email.MarkFailed(e.Message, permanent: false, clock.GetUtcNow().UtcDateTime);
                    await SaveAsync();
                    return (sent, true);
                }
            }

            await SaveAsync();
        }

        return (sent, false);
    }

    /// <summary>
    /// Saves this run's marks. A row that another run (or staff) changed after this run's claim ran out is left to them:
    /// it is no longer tracked, and the other marks are saved.
    /// </summary>
    private async Task SaveAsync()
    {
        try
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (DbUpdateConcurrencyException e)
        {
            foreach (var entry in e.Entries)
            {
                logger.LogWarning("E-mail {Id} changed after this delivery run's claim ran out; the run leaves it to the other run (keep Lms:Email:ClaimTimeout longer than a batch takes)",
                    entry.Property(nameof(OutboxEmail.Id)).CurrentValue);
                entry.State = EntityState.Detached;
            }

            await db.SaveChangesAsync(CancellationToken.None);
        }
    }

    /// <summary>An address or message that can never be sent, whether found while building it or while sending it.</summary>
    private void FailForGood(OutboxEmail email, Exception e)
    {
        logger.LogWarning("E-mail {Id} ({Kind}) cannot be sent: {Error}", email.Id, email.Kind, e.Message);
        email.MarkFailed(e.Message, permanent: true, clock.GetUtcNow().UtcDateTime);
    }

    private static bool IsInvalid(Exception e) => e is ParseException or FormatException or ArgumentException;

    private static bool IsTransient(Exception e) =>
        e is SmtpCommandException or SmtpProtocolException or IOException or SocketException or ServiceNotConnectedException
            or ServiceNotAuthenticatedException or TimeoutException or MailKit.Security.AuthenticationException;
}

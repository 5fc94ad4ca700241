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
/// Drains the outbox. Each run claims a batch with one UPDATE, so two overlapping runs never take the same row, and marks
/// each e-mail sent as soon as the server accepts it. A claim expires after Lms:Email:ClaimTimeout seconds, so a run that died mid-batch releases its rows.
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

            var (batchSent, connectionFailed) = await SendBatchAsync(batch, cancellationToken);
            sent += batchSent;
            if (connectionFailed)
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
        var ids = await db.OutboxEmails
            .Where(e => e.Status == OutboxStatus.Pending && e.NextAttemptAt <= now && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .OrderBy(e => e.Id)
            .Select(e => e.Id)
            .Take(options.Value.Email.BatchSize)
            .ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return [];
        }

        // The WHERE repeats the conditions: a row another run claimed since the SELECT is not taken again.
        await db.OutboxEmails
            .Where(e => ids.Contains(e.Id) && e.Status == OutboxStatus.Pending && (e.ClaimedUntil == null || e.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(e => e.ClaimToken, token).SetProperty(e => e.ClaimedUntil, now + TimeSpan.FromSeconds(options.Value.Email.ClaimTimeout)), cancellationToken);
        db.ChangeTracker.Clear();
        return await db.OutboxEmails.Where(e => e.ClaimToken == token).OrderBy(e => e.Id).ToListAsync(cancellationToken);
    }

    private async Task<(int Sent, bool ConnectionFailed)> SendBatchAsync(List<OutboxEmail> batch, CancellationToken cancellationToken)
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

            await db.SaveChangesAsync(CancellationToken.None);
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

                try
                {
                    await connection.SendAsync(EmailMessageBuilder.Build(email, options.Value.Email.From), cancellationToken);
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
                catch (Exception e) when (e is ParseException or FormatException or ArgumentException)
                {
                    logger.LogWarning("E-mail {Id} ({Kind}) cannot be sent: {Error}", email.Id, email.Kind, e.Message);
                    email.MarkFailed(e.Message, permanent: true, clock.GetUtcNow().UtcDateTime);
                }
                catch (Exception e) when (IsTransient(e))
                {
                    email.MarkFailed(e.Message, permanent: false, clock.GetUtcNow().UtcDateTime);
                    await db.SaveChangesAsync(CancellationToken.None);
                    return (sent, true);
                }

                // Saved after each e-mail: a crash now can repeat at most the one e-mail in flight.
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }

        return (sent, false);
    }

    private static bool IsTransient(Exception e) =>
        e is SmtpCommandException or SmtpProtocolException or IOException or SocketException or ServiceNotConnectedException
            or ServiceNotAuthenticatedException or TimeoutException or MailKit.Security.AuthenticationException;
}

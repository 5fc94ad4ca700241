using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Dice.Lms.Domain.Xapi;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Options;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Infrastructure.Xapi;

/// <summary>
/// Sends the queued statements to the learning record store, oldest first, each with PUT and its fixed statement id.
/// </summary>
/// <remarks>
/// No claim or hand-over mark as for e-mail: resending a statement is harmless, because the store keeps one statement per
/// id (xAPI 1.0.3, part three, 2.1.2: a PUT of a known id is answered 204 or 409 and stores nothing new). So a run that
/// dies after the store took a statement but before "sent" was saved only sends it again, and two runs at once cost a
/// few extra requests. A store that is down stops the run; one that refuses a statement delays that one.
/// </remarks>
public sealed class XapiDeliveryJob(
    LmsDbContext db,
    IHttpClientFactory http,
    IOptions<LmsOptions> options,
    TimeProvider clock,
    ILogger<XapiDeliveryJob> logger)
{
    public const string HttpClientName = "xapi";

    /// <summary>Sends what is due now (the recurring job); returns how many the store took and how many still wait.</summary>
    public Task<XapiDrainResult> RunAsync(CancellationToken cancellationToken) => SendAsync(clock.GetUtcNow().UtcDateTime, cancellationToken);

    /// <summary>Sends everything waiting, a failed statement's pause or not (the `xapi drain` verb).</summary>
    public Task<XapiDrainResult> DrainAsync(CancellationToken cancellationToken) => SendAsync(DateTime.MaxValue, cancellationToken);

    private async Task<XapiDrainResult> SendAsync(DateTime dueBy, CancellationToken cancellationToken)
    {
        var settings = options.Value.Xapi;
        if (!settings.IsEnabled)
        {
            return new XapiDrainResult(0, 0, await db.XapiStatements.CountAsync(s => s.SentAt == null, cancellationToken));
        }

        var client = http.CreateClient(HttpClientName);
        int sent = 0, failed = 0;
        // Batch after batch until the queue is empty or the store fails once: a failing store is not hammered.
        while (failed == 0 && !cancellationToken.IsCancellationRequested)
        {
            var due = await db.XapiStatements.Where(s => s.SentAt == null && s.NextAttemptAt <= dueBy)
                .OrderBy(s => s.Id).Take(settings.BatchSize).ToListAsync(cancellationToken);
            var (batchSent, batchFailed) = await SendBatchAsync(client, settings, due, cancellationToken);
            sent += batchSent;
            failed += batchFailed;
            if (due.Count < settings.BatchSize)
            {
                break;
            }
        }

        var waiting = await db.XapiStatements.CountAsync(s => s.SentAt == null, CancellationToken.None);
        return new XapiDrainResult(sent, failed, waiting);
    }

    private async Task<(int Sent, int Failed)> SendBatchAsync(HttpClient client, XapiOptions settings, List<QueuedStatement> due, CancellationToken cancellationToken)
    {
        int sent = 0, failed = 0;
        foreach (var statement in due)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            using var request = new HttpRequestMessage(HttpMethod.Put, $"{settings.StatementsUrl}?statementId={statement.StatementId}")
            {
                Content = new StringContent(statement.Body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add("X-Experience-API-Version", settings.Version);
            if (!string.IsNullOrEmpty(settings.Username))
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                    Convert.ToBase64String(Encoding.UTF8.GetBytes($"{settings.Username}:{settings.Password}")));
            }

            try
            {
                using var response = await client.SendAsync(request, cancellationToken);
                if (response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.Conflict)
                {
                    // 409: the store has this id already, from an earlier try whose answer was lost.
                    statement.MarkSent(clock.GetUtcNow().UtcDateTime);
                    sent++;
                }
                else
                {
                    var body = await response.Content.ReadAsStringAsync(cancellationToken);
                    logger.LogWarning("The learning record store refused statement {Id} with {Status}: {Body}", statement.StatementId, (int)response.StatusCode, body);
                    statement.MarkFailed($"{(int)response.StatusCode} {body}", clock.GetUtcNow().UtcDateTime);
                    failed++;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("Could not reach the learning record store ({Error}); statements wait for the next run", e.Message);
                statement.MarkFailed(e.Message, clock.GetUtcNow().UtcDateTime);
                await db.SaveChangesAsync(CancellationToken.None);
                failed++;
                break;
            }

            // Saved one by one: a run stopped half-way has recorded everything the store took before it stopped.
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return (sent, failed);
    }
}

using Dice.Lms.Infrastructure.Options;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Dice.Lms.Infrastructure.Email;

/// <summary>Sends through the configured SMTP server, one connection per batch.</summary>
public sealed class SmtpEmailDelivery(IOptions<LmsOptions> options) : IEmailDelivery
{
    public async Task<IEmailBatch> OpenBatchAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value.Email.Smtp;
        var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            var security = smtp.Security switch
            {
                SmtpSecurity.None => SecureSocketOptions.None,
                SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
                SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
                _ => SecureSocketOptions.Auto,
            };
            await client.ConnectAsync(smtp.Host, smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password, cancellationToken);
            }
        }
        catch
        {
            client.Dispose();
            throw;
        }

        return new Batch(client);
    }

    private sealed class Batch(SmtpClient client) : IEmailBatch
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            var data = new DataProgress();
            try
            {
                await client.SendAsync(message, cancellationToken, data);
            }
            catch (Exception e) when (data.Started && e is not (SmtpCommandException or ServiceNotAuthenticatedException))
            {
                // An answer (4xx, 5xx) means the server refused the message; no answer after its data went out means
                // it may have kept it.
                throw new DeliveryOutcomeUnknownException(e);
            }
        }

        public async ValueTask DisposeAsync()
        {
            try
            {
                if (client.IsConnected)
                {
                    await client.DisconnectAsync(quit: true);
                }
            }
            catch (Exception e) when (e is IOException or SmtpProtocolException or OperationCanceledException)
            {
                // The server went away: nothing left to close politely.
            }
            finally
            {
                client.Dispose();
            }
        }
    }

    /// <summary>
    /// MailKit reports progress only while it writes the message itself, after the server answered DATA (or with BDAT):
    /// before the first report the server cannot have the message.
    /// </summary>
    private sealed class DataProgress : ITransferProgress
    {
        public bool Started { get; private set; }

        public void Report(long bytesTransferred, long totalSize) => Started = true;

        public void Report(long bytesTransferred) => Started = true;
    }
}

using MimeKit;

namespace Dice.Lms.Infrastructure.Email;

public interface IEmailBatch : IAsyncDisposable
{
    /// <summary>
    /// Returns once the server accepted the message. Throws <see cref="DeliveryOutcomeUnknownException"/> when it failed
    /// at a point where the server may already have the message; any other exception means it does not.
    /// </summary>
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

using MimeKit;

namespace Dice.Lms.Infrastructure.Email;

public interface IEmailBatch : IAsyncDisposable
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

using MimeKit;

namespace Dice.Lms.Infrastructure.Email;

/// <summary>Where e-mail goes: an SMTP server or a pickup folder. One batch reuses one connection.</summary>
public interface IEmailDelivery
{
    Task<IEmailBatch> OpenBatchAsync(CancellationToken cancellationToken);
}

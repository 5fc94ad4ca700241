using Dice.Lms.Infrastructure.Options;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Dice.Lms.Infrastructure.Email;

/// <summary>Writes each e-mail as an .eml file named after its Message-Id, so writing it again replaces it.</summary>
public sealed class PickupEmailDelivery(IOptions<LmsOptions> options, LmsPaths paths) : IEmailDelivery
{
    public Task<IEmailBatch> OpenBatchAsync(CancellationToken cancellationToken)
    {
        var folder = paths.Resolve(options.Value.Email.PickupDirectory);
        Directory.CreateDirectory(folder);
        return Task.FromResult<IEmailBatch>(new Batch(folder));
    }

    private sealed class Batch(string folder) : IEmailBatch
    {
        public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
        {
            var name = new string((message.MessageId ?? Guid.NewGuid().ToString("N")).Select(c => char.IsLetterOrDigit(c) || c is '-' or '.' ? c : '_').ToArray());
            var path = Path.Combine(folder, name + ".eml");
            var temporary = path + ".tmp";
            // Write then rename: a reader of the folder never sees half an e-mail.
            await message.WriteToAsync(temporary, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

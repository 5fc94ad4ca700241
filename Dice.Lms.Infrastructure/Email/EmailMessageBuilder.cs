using Dice.Lms.Domain.Email;
using MimeKit;

namespace Dice.Lms.Infrastructure.Email;

/// <summary>Turns an outbox row into a MIME message: plain text plus HTML, UTF-8, a stable Message-Id.</summary>
public static class EmailMessageBuilder
{
    public static MimeMessage Build(OutboxEmail email, string from)
    {
        var message = new MimeMessage
        {
            MessageId = email.MessageId,
            Subject = email.Subject,
        };
        message.From.Add(MailboxAddress.Parse(from));
        message.To.Add(new MailboxAddress(email.ToName, email.ToAddress));
        if (email.UnsubscribeUrl is { } unsubscribe)
        {
            // RFC 8058 one-click unsubscribe.
            message.Headers.Add("List-Unsubscribe", $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        var body = new BodyBuilder { TextBody = email.TextBody, HtmlBody = email.HtmlBody };
        message.Body = body.ToMessageBody();
        return message;
    }
}

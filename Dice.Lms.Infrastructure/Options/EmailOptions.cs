using System.ComponentModel.DataAnnotations;
using MimeKit;

namespace Dice.Lms.Infrastructure.Options;

public sealed class EmailOptions
{
    public EmailDelivery Delivery { get; set; } = EmailDelivery.Pickup;

    public string PickupDirectory { get; set; } = "App_Data/mail";

    public string From { get; set; } = "Dice LMS <no-reply@dice-lms.local>";

    public SmtpOptions Smtp { get; set; } = new();

    /// <summary>How many e-mails one delivery run sends over one SMTP connection.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>
    /// Seconds a delivery run holds the e-mails it claimed. A run that dies releases them after this time, so a shorter
    /// value lets a restarted run resend sooner; it must stay longer than one batch takes to send.
    /// </summary>
    public int ClaimTimeout { get; set; } = 600;

    public IEnumerable<ValidationResult> Validate()
    {
        if (!MailboxAddress.TryParse(From, out _))
        {
            yield return new ValidationResult("Lms:Email:From must be an address, optionally 'Name <address>'.", ["Email:From"]);
        }

        if (Delivery == EmailDelivery.Pickup && string.IsNullOrWhiteSpace(PickupDirectory))
        {
            yield return new ValidationResult("Lms:Email:PickupDirectory is required when Lms:Email:Delivery is Pickup.", ["Email:PickupDirectory"]);
        }

        if (Delivery == EmailDelivery.Smtp && string.IsNullOrWhiteSpace(Smtp.Host))
        {
            yield return new ValidationResult("Lms:Email:Smtp:Host is required when Lms:Email:Delivery is Smtp.", ["Email:Smtp:Host"]);
        }

        if (Smtp.Port is < 0 or > 65535)
        {
            yield return new ValidationResult("Lms:Email:Smtp:Port must be between 1 and 65535, or 0 for the usual port of Lms:Email:Smtp:Security.", ["Email:Smtp:Port"]);
        }

        if (ClaimTimeout < 1)
        {
            yield return new ValidationResult("Lms:Email:ClaimTimeout must be at least 1 (seconds).", ["Email:ClaimTimeout"]);
        }

        if (BatchSize < 1)
        {
            yield return new ValidationResult("Lms:Email:BatchSize must be at least 1.", ["Email:BatchSize"]);
        }
    }
}

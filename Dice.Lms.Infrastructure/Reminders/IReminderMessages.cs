using Dice.Lms.Infrastructure.Identity;

namespace Dice.Lms.Infrastructure.Reminders;

/// <summary>
/// Writes reminder e-mails in the recipient's language. The seam exists because the words live with the site's other
/// strings (Dice.Lms.Web/Resources), which this project cannot see.
/// </summary>
public interface IReminderMessages
{
    EmailContent Reminder(LmsUser recipient, ReminderItem item, string unsubscribeUrl);

    EmailContent Digest(LmsUser recipient, IReadOnlyList<ReminderItem> items, string unsubscribeUrl);
}

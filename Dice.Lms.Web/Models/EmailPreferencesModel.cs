using Dice.Lms.Domain.Reminders;

namespace Dice.Lms.Web.Models;

/// <summary>How often the signed-in user wants each kind of e-mail.</summary>
public sealed class EmailPreferencesModel
{
    public EmailFrequency Reminders { get; set; }

    public EmailFrequency Certificates { get; set; }
}

using Dice.Lms.Domain;
using Dice.Lms.Domain.Reminders;
using Microsoft.AspNetCore.Identity;

namespace Dice.Lms.Infrastructure.Identity;

/// <summary>An account: learner, trainer, staff member or administrator.</summary>
public sealed class LmsUser : IdentityUser
{
    public const int FullNameMaxLength = 200;

    public string FullName { get; set; } = "";

    public int? OrganizationId { get; set; }

    /// <summary>"mn" or "en": the language of the UI and of e-mails.</summary>
    public string PreferredLanguage { get; set; } = Languages.Mongolian;

    /// <summary>A suspended user cannot sign in and gets no e-mail.</summary>
    public bool IsSuspended { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>When the person's data was erased: the account is a nameless placeholder for their anonymous records.</summary>
    public DateTime? ErasedAt { get; set; }
    /// <summary>How the user wants reminders to keep learning.</summary>
    public EmailFrequency ReminderEmails { get; set; }

    /// <summary>How the user wants news about certificates.</summary>
    public EmailFrequency CertificateEmails { get; set; }

    public EmailFrequency EmailFrequency(EmailTopic topic) => topic == EmailTopic.Certificates ? CertificateEmails : ReminderEmails;

    public void SetEmailFrequency(EmailTopic topic, EmailFrequency frequency)
    {
        if (topic == EmailTopic.Certificates)
        {
            CertificateEmails = frequency;
        }
        else
        {
            ReminderEmails = frequency;
        }
    }
}

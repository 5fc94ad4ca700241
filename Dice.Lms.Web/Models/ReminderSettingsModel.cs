using System.ComponentModel.DataAnnotations;
using Dice.Lms.Domain.Reminders;

namespace Dice.Lms.Web.Models;

/// <summary>A cohort's reminder rules as staff edit them on the cohort page.</summary>
public sealed class ReminderSettingsModel
{
    [Display(Name = "Reminders.Idle")]
    public bool Idle { get; set; }

    [Required(ErrorMessage = "Validation.Required")]
    [Range(ReminderSettings.MinIdleDays, ReminderSettings.MaxIdleDays, ErrorMessage = "Reminders.IdleDaysRange")]
    [Display(Name = "Reminders.IdleDays")]
    public int? IdleDays { get; set; }

    [Display(Name = "Reminders.CohortEnd")]
    public bool CohortEnd { get; set; }

    [Display(Name = "Reminders.FailedQuiz")]
    public bool FailedQuiz { get; set; }

    [Display(Name = "Reminders.CertificateReady")]
    public bool CertificateReady { get; set; }

    public static ReminderSettingsModel From(ReminderSettings settings) => new()
    {
        Idle = settings.Idle,
        IdleDays = settings.IdleDays,
        CohortEnd = settings.CohortEnd,
        FailedQuiz = settings.FailedQuiz,
        CertificateReady = settings.CertificateReady,
    };

    public ReminderSettings ToSettings() => new(Idle, IdleDays ?? ReminderSettings.DefaultIdleDays, CohortEnd, FailedQuiz, CertificateReady);
}

using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Domain.Reminders;

namespace Dice.Lms.Domain.Tests.Reminders;

public sealed class ReminderSettingsFormat
{
    [Test]
    public void AnEmptyValueIsTheDefaultWithEveryRuleOnAndSevenDays()
    {
        var settings = ReminderSettings.Parse("");
        Assert.That(settings, Is.EqualTo(ReminderSettings.Default));
        Assert.That(settings.IdleDays, Is.EqualTo(7));
        Assert.That(new[] { settings.Idle, settings.CohortEnd, settings.FailedQuiz, settings.CertificateReady }, Is.All.True);
    }

    [TestCase(true, 3, false, true, false)]
    [TestCase(false, 14, true, false, true)]
    [TestCase(true, 90, true, true, true)]
    public void WhatIsFormattedReadsBackTheSame(bool idle, int days, bool end, bool quiz, bool certificate)
    {
        var settings = new ReminderSettings(idle, days, end, quiz, certificate);
        Assert.That(ReminderSettings.Parse(settings.Format()), Is.EqualTo(settings));
    }

    [TestCase(0)]
    [TestCase(91)]
    public void IdleDaysOutsideOneToNinetyAreRefused(int days)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => _ = new ReminderSettings(true, days, true, true, true));
    }

    [Test]
    public void ANewCohortHasTheDefaultAndStaffCanChangeIt()
    {
        var cohort = new Cohort("DICE 2026", null, null, null, "ABCD2345");
        Assert.That(cohort.Reminders, Is.EqualTo(ReminderSettings.Default));

        cohort.SetReminders(new ReminderSettings(false, 10, true, true, true));
        Assert.That(cohort.Reminders.Idle, Is.False);
        Assert.That(cohort.Reminders.IdleDays, Is.EqualTo(10));
    }
}

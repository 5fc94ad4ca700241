using Dice.Lms.Domain.Courses;

namespace Dice.Lms.Domain.Tests.Courses;

public sealed class ModuleVisits
{
    private static readonly DateTime Start = new(2026, 3, 2, 9, 0, 0, DateTimeKind.Utc);

    [Test]
    public void ReadingTheSamePageAgainSoonWritesNothing()
    {
        var progress = new ModuleProgress("learner", "m1", versionId: 7, Start);

        Assert.That(progress.IsVisitWorthSaving(7, Start.AddMinutes(59), lastVisitInCourse: Start), Is.False);
    }

    [Test]
    public void AVisitIsSavedAgainOnceTheSavedOneIsAnHourOld()
    {
        var progress = new ModuleProgress("learner", "m1", versionId: 7, Start);

        Assert.That(progress.IsVisitWorthSaving(7, Start + ModuleProgress.VisitResolution, lastVisitInCourse: Start), Is.True);
    }

    [Test]
    public void ComingBackFromAnotherModuleIsSavedSoTheCourseResumesHere()
    {
        var progress = new ModuleProgress("learner", "m1", versionId: 7, Start);

        Assert.That(progress.IsVisitWorthSaving(7, Start.AddMinutes(5), lastVisitInCourse: Start.AddMinutes(2)), Is.True);
    }

    [Test]
    public void ANewVersionIsSavedUnlessTheModuleIsCompletedOnTheOldOne()
    {
        var reading = new ModuleProgress("learner", "m1", versionId: 7, Start);
        var completed = new ModuleProgress("learner", "m1", versionId: 7, Start);
        completed.Complete(7, Start);

        Assert.That(reading.IsVisitWorthSaving(8, Start.AddMinutes(1), lastVisitInCourse: Start), Is.True);
        Assert.That(completed.IsVisitWorthSaving(8, Start.AddMinutes(1), lastVisitInCourse: Start), Is.False);
    }
}

using Dice.Lms.Domain.Cohorts;

namespace Dice.Lms.Domain.Tests.Cohorts;

public sealed class CohortMembership
{
    private static Cohort NewCohort() => new("DICE 2024 Umnugobi", null, new DateOnly(2024, 3, 1), new DateOnly(2024, 9, 30), "abcd-efgh 12");

    [Test]
    public void AddingTheSameLearnerTwiceKeepsOneMembership()
    {
        var cohort = NewCohort();

        Assert.That(cohort.AddMember("u1", DateTime.UtcNow), Is.True);
        Assert.That(cohort.AddMember("u1", DateTime.UtcNow), Is.False);
        Assert.That(cohort.Members, Has.Count.EqualTo(1));
    }

    [Test]
    public void AssignCoursesSetsExactlyTheGivenCourses()
    {
        var cohort = NewCohort();
        cohort.AssignCourses(["safety", "devices", "safety"]);

        Assert.That(cohort.AssignCourses(["devices", "information"]), Is.True);
        Assert.That(cohort.Courses.Select(c => c.CourseId), Is.EquivalentTo(new[] { "devices", "information" }));
        Assert.That(cohort.AssignCourses(["information", "devices"]), Is.False);
    }

    [Test]
    public void AnEndBeforeTheStartIsRefused()
    {
        Assert.Throws<ArgumentException>(() => new Cohort("C", null, new DateOnly(2024, 9, 1), new DateOnly(2024, 3, 1), "CODE"));
    }

    [Test]
    public void JoinCodesAreNormalisedAndRandom()
    {
        Assert.That(NewCohort().JoinCode, Is.EqualTo("ABCDEFGH12"));
        var codes = Enumerable.Range(0, 1000).Select(_ => JoinCodes.New()).ToHashSet();
        Assert.That(codes, Has.Count.EqualTo(1000));
        Assert.That(codes, Has.All.Length.EqualTo(JoinCodes.Length).And.All.Matches<string>(c => c.All(char.IsAsciiLetterOrDigit)));
    }

    [Test]
    public void ACohortHasEndedTheDayAfterItsEndDate()
    {
        var cohort = NewCohort();

        Assert.That(cohort.HasEnded(new DateOnly(2024, 9, 30)), Is.False);
        Assert.That(cohort.HasEnded(new DateOnly(2024, 10, 1)), Is.True);
    }
}

using Dice.Lms.Domain.Accounts;

namespace Dice.Lms.Domain.Tests.Accounts;

public sealed class GuessDelayAfter
{
    [TestCase(0, 0)]
    [TestCase(4, 0)]
    [TestCase(5, 5)]
    [TestCase(6, 10)]
    [TestCase(7, 20)]
    [TestCase(8, 40)]
    [TestCase(9, 60)]
    [TestCase(1000, 60)]
    public void GrowsFromFiveSecondsAfterFourMistakesAndNeverPassesAMinute(int failures, int seconds) =>
        Assert.That(GuessDelay.After(failures), Is.EqualTo(TimeSpan.FromSeconds(seconds)));
}

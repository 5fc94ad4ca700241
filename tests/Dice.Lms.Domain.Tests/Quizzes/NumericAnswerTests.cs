using Dice.Lms.Domain.Quizzes;

namespace Dice.Lms.Domain.Tests.Quizzes;

public class NumericAnswerTests
{
    [Test]
    public void AroundKeepsValueAndToleranceAsWritten()
    {
        var answer = NumericAnswer.Around(0, 3, 2, 100);

        Assert.That((answer.Min, answer.Max, answer.Value, answer.Tolerance), Is.EqualTo((1m, 5m, 3m, 2m)));
        Assert.That(answer.ToText(), Is.EqualTo("3 ± 2"));
    }

    [Test]
    public void ExactValueIsWrittenWithoutTolerance()
    {
        Assert.That(NumericAnswer.Around(0, 0.5m, 0, 100).ToText(), Is.EqualTo("0.5"));
    }

    [Test]
    public void RangeIsWrittenAsRange()
    {
        Assert.That(NumericAnswer.Between(0, 1, 5, 100).ToText(), Is.EqualTo("1..5"));
    }

    [Test]
    public void ContainsBothEdges()
    {
        var answer = NumericAnswer.Around(0, 15, 3, 100);

        Assert.That(answer.Contains(12), Is.True);
        Assert.That(answer.Contains(18), Is.True);
        Assert.That(answer.Contains(11.99m), Is.False);
        Assert.That(answer.Contains(18.01m), Is.False);
    }
}

using Dice.Lms.Domain.Accounts;

namespace Dice.Lms.Domain.Tests.Accounts;

public sealed class PersonNameCheck
{
    [TestCase("Сарангэрэл Батбаяр")]
    [TestCase("Aoife O'Neil")]
    [TestCase("J. R. Bat-Erdene")]
    [TestCase("Dr. Oyun")]
    public void AcceptsOrdinaryNames(string name) => Assert.That(PersonName.Check(name), Is.EqualTo(PersonNameProblem.None));

    [TestCase("go to https://evil.example")]
    [TestCase("HTTP://EVIL")]
    [TestCase("www.evil")]
    [TestCase("evil.com")]
    [TestCase("Bat evil.mn")]
    [TestCase("write to bat@evil")]
    public void RefusesLinks(string name) => Assert.That(PersonName.Check(name), Is.EqualTo(PersonNameProblem.Link));

    [TestCase("Bat\nURGENT")]
    [TestCase("Bat\rURGENT")]
    [TestCase("Bat\u2028URGENT")]
    [TestCase("Bat\tTab")]
    public void RefusesLineBreaksAndControlCharacters(string name) => Assert.That(PersonName.Check(name), Is.EqualTo(PersonNameProblem.LineBreak));

    [Test]
    public void RefusesMoreThanAHundredCharacters()
    {
        Assert.That(PersonName.Check(new string('a', 100)), Is.EqualTo(PersonNameProblem.None));
        Assert.That(PersonName.Check(new string('a', 101)), Is.EqualTo(PersonNameProblem.TooLong));
    }
}

using Dice.Lms.Domain.Certificates;

namespace Dice.Lms.Domain.Tests.Certificates;

public sealed class VerificationCodeFormat
{
    [Test]
    public void ANewCodeIs26CrockfordCharactersCarryingAtLeast128Bits()
    {
        var code = VerificationCode.New();
        Assert.That(code, Has.Length.EqualTo(26));
        Assert.That(code, Does.Match("^[0-9A-HJKMNP-TV-Z]{26}$"));
        Assert.That(VerificationCode.Bits, Is.GreaterThanOrEqualTo(128));
    }

    [Test]
    public void NewCodesDifferAndUseTheWholeAlphabet()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => VerificationCode.New()).ToList();
        Assert.That(codes.Distinct().Count(), Is.EqualTo(codes.Count));
        // 52,000 characters: every one of the 32 symbols turns up, in every position's range.
        Assert.That(codes.SelectMany(c => c).Distinct().Count(), Is.EqualTo(32));
        Assert.That(codes.Select(c => c[^1]).Distinct().Count(), Is.EqualTo(32), "the last character carries random bits too");
        Assert.That(codes.Select(c => c[0]).Distinct().Count(), Is.EqualTo(32));
    }

    [Test]
    public void IsShownInGroupsSeparatedByDashes()
    {
        Assert.That(VerificationCode.Format("ABCDEFGHJKMNPQRSTVWXYZ0123"), Is.EqualTo("ABCDE-FGHJK-MNPQR-STVWX-YZ0123"));
    }

    [TestCase("ABCDE-FGHJK-MNPQR-STVWX-YZ0123")]
    [TestCase("abcde-fghjk-mnpqr-stvwx-yz0123")]
    [TestCase("ABCDEFGHJKMNPQRSTVWXYZ0123")]
    [TestCase(" abcde fghjk mnpqr stvwx yz0123 ")]
    [TestCase("ABCDE–FGHJK–MNPQR–STVWX–YZ0123")]
    [TestCase("ABCDE-FGHJK-MNPQR-STVWX-YZO123")]
    [TestCase("ABCDE-FGHJK-MNPQR-STVWX-YZ0I23")]
    [TestCase("ABCDE-FGHJK-MNPQR-STVWX-YZ0l23")]
    public void ReadsBackWhatPeopleType(string typed)
    {
        Assert.That(VerificationCode.Normalize(typed), Is.EqualTo("ABCDEFGHJKMNPQRSTVWXYZ0123"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("ABCDE")]
    [TestCase("ABCDEFGHJKMNPQRSTVWXYZ01234")]
    [TestCase("ABCDEFGHJKMNPQRSTVWXYZ012U")]
    [TestCase("ABCDEFGHJKMNPQRSTVWXYZ012!")]
    [TestCase("АBCDEFGHJKMNPQRSTVWXYZ0123")]
    public void RefusesWhatCannotBeACode(string? typed)
    {
        Assert.That(VerificationCode.Normalize(typed), Is.Null);
    }

    [Test]
    public void AFormattedCodeNormalisesToItself()
    {
        var code = VerificationCode.New();
        Assert.That(VerificationCode.Normalize(VerificationCode.Format(code)), Is.EqualTo(code));
    }
}

using System.Text;
using Dice.Lms.Domain.Authoring;

namespace Dice.Lms.Domain.Tests.Authoring;

public sealed class ImageSnifferSniff
{
    [Test]
    public void KnowsPngJpegAndWebPByTheirFirstBytes()
    {
        Assert.That(ImageSniffer.Sniff([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0]), Is.EqualTo(ImageFormat.Png));
        Assert.That(ImageSniffer.Sniff([0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]), Is.EqualTo(ImageFormat.Jpeg));
        Assert.That(ImageSniffer.Sniff(Encoding.ASCII.GetBytes("RIFF\x10\0\0\0WEBPVP8 ")), Is.EqualTo(ImageFormat.WebP));
    }

    [TestCase("<html><script>alert(1)</script></html>")]
    [TestCase("GIF89a\u0001\u0000\u0001\u0000")]
    [TestCase("<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>")]
    [TestCase("RIFF\u0010\u0000\u0000\u0000WAVEfmt ")]
    [TestCase("")]
    public void RefusesAnythingElseWhateverItIsCalled(string content) =>
        Assert.That(ImageSniffer.Sniff(Encoding.Latin1.GetBytes(content)), Is.EqualTo(ImageFormat.Unknown));
}

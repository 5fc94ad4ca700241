using System.Text;
using Dice.Lms.Domain.Authoring;
using Dice.Lms.Infrastructure.Authoring;
using SkiaSharp;

namespace Dice.Lms.Infrastructure.Tests.Authoring;

public sealed class ImageCleanerTests
{
    [Test]
    public void AJpegKeepsItsPixelsAndLosesItsExif()
    {
        using var bitmap = new SKBitmap(8, 8);
        bitmap.Erase(SKColors.Green);
        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 90).ToArray();
        // An APP1 segment right after the start-of-image marker, as cameras write EXIF.
        var exif = Encoding.ASCII.GetBytes("Exif\0\0GPS-47.9N-106.9E-Secret");
        byte[] app1 = [0xFF, 0xE1, 0, (byte)(exif.Length + 2), .. exif];
        byte[] withExif = [.. jpeg[..2], .. app1, .. jpeg[2..]];
        Assert.That(Encoding.ASCII.GetString(withExif), Does.Contain("Secret"));

        var cleaned = ImageCleaner.Clean(withExif, ImageFormat.Jpeg);

        Assert.That(cleaned, Is.Not.Null);
        Assert.That(Encoding.ASCII.GetString(cleaned!), Does.Not.Contain("Secret"));
        using var decoded = SKBitmap.Decode(cleaned);
        Assert.That((decoded.Width, decoded.Height), Is.EqualTo((8, 8)));
        Assert.That(ImageSniffer.Sniff(cleaned), Is.EqualTo(ImageFormat.Jpeg));
    }

    [Test]
    public void BytesThatOnlyStartLikeAnImageAreRefused()
    {
        byte[] fake = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.ASCII.GetBytes("<script>alert(1)</script>")];

        Assert.That(ImageCleaner.Clean(fake, ImageFormat.Png), Is.Null);
    }

    [Test]
    public void APngIsNotAcceptedAsTheWebPItDoesNotClaimToBe()
    {
        using var bitmap = new SKBitmap(4, 4);
        using var image = SKImage.FromBitmap(bitmap);
        var png = image.Encode(SKEncodedImageFormat.Png, 100).ToArray();

        Assert.That(ImageCleaner.Clean(png, ImageFormat.WebP), Is.Null);
    }
}

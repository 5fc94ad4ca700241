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

        var cleaned = ImageCleaner.Clean(withExif, ImageFormat.Jpeg).Bytes;

        Assert.That(cleaned, Is.Not.Null);
        Assert.That(Encoding.ASCII.GetString(cleaned!), Does.Not.Contain("Secret"));
        using var decoded = SKBitmap.Decode(cleaned);
        Assert.That((decoded.Width, decoded.Height), Is.EqualTo((8, 8)));
        Assert.That(ImageSniffer.Sniff(cleaned), Is.EqualTo(ImageFormat.Jpeg));
    }

    [Test]
    public void APhotoTakenSidewaysIsTurnedUprightBeforeItsOrientationIsDropped()
    {
        // Stored 20 wide and 10 high, red on the left half; EXIF orientation 6 says "turn 90° clockwise to show".
        using var bitmap = new SKBitmap(20, 10);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            canvas.DrawRect(0, 0, 10, 10, new SKPaint { Color = SKColors.Red });
        }

        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 100).ToArray();
        // A big-endian TIFF header and one IFD entry: tag 0x0112 (orientation), type SHORT, count 1, value 6.
        byte[] tiff = [.. "MM\0*"u8, 0, 0, 0, 8, 0, 1, 0x01, 0x12, 0, 3, 0, 0, 0, 1, 0, 6, 0, 0, 0, 0, 0, 0];
        byte[] exif = [.. "Exif\0\0"u8, .. tiff];
        byte[] app1 = [0xFF, 0xE1, 0, (byte)(exif.Length + 2), .. exif];
        byte[] sideways = [.. jpeg[..2], .. app1, .. jpeg[2..]];
        using (var codec = SKCodec.Create(new SKMemoryStream(sideways)))
        {
            Assert.That(codec.EncodedOrigin, Is.EqualTo(SKEncodedOrigin.RightTop));
        }

        var cleaned = ImageCleaner.Clean(sideways, ImageFormat.Jpeg).Bytes!;

        using var upright = SKBitmap.Decode(cleaned);
        Assert.That((upright.Width, upright.Height), Is.EqualTo((10, 20)));
        Assert.That(upright.GetPixel(5, 3).Red, Is.GreaterThan(200), "the left half is now on top");
        Assert.That(upright.GetPixel(5, 16).Blue, Is.GreaterThan(200));
        using var codecAfter = SKCodec.Create(new SKMemoryStream(cleaned));
        Assert.That(codecAfter.EncodedOrigin, Is.EqualTo(SKEncodedOrigin.TopLeft));
    }

    [Test]
    public void BytesThatOnlyStartLikeAnImageAreRefused()
    {
        byte[] fake = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. Encoding.ASCII.GetBytes("<script>alert(1)</script>")];

        Assert.That(ImageCleaner.Clean(fake, ImageFormat.Png).Problem, Is.EqualTo(ImageProblem.NotAnImage));
    }

    [Test]
    public void APngIsNotAcceptedAsTheWebPItDoesNotClaimToBe()
    {
        using var bitmap = new SKBitmap(4, 4);
        using var image = SKImage.FromBitmap(bitmap);
        var png = image.Encode(SKEncodedImageFormat.Png, 100).ToArray();

        Assert.That(ImageCleaner.Clean(png, ImageFormat.WebP).Problem, Is.EqualTo(ImageProblem.NotAnImage));
    }
}

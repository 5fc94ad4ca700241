using System.Buffers.Binary;
using System.Diagnostics;
using Dice.Lms.Domain.Authoring;
using Dice.Lms.Infrastructure.Authoring;
using Dice.Lms.Tests;
using SkiaSharp;

namespace Dice.Lms.Infrastructure.Tests.Authoring;

/// <summary>Images that claim far more pixels than their bytes: refused from the header, before any decoding.</summary>
public sealed class ImageCleanerPixelFloodTests
{
    [Test]
    public void AFewKilobytesOfPngClaimingTenThousandPixelsASideAreRefusedAtOnce()
    {
        var flood = PixelFlood.Png(10_000, 10_000);
        Assert.That(flood.Length, Is.LessThan(64 * 1024), "small enough for any upload limit");
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var result = ImageCleaner.Clean(flood, ImageFormat.Png);

        Assert.That(result.Problem, Is.EqualTo(ImageProblem.TooManyPixels));
        Assert.That(result.Bytes, Is.Null);
        Assert.That(clock.Elapsed, Is.LessThan(TimeSpan.FromMilliseconds(500)));
        Assert.That(GC.GetTotalAllocatedBytes(precise: true) - before, Is.LessThan(16 * 1024 * 1024), "nothing near the 400 MB the pixels would take");
    }

    [Test]
    public void AJpegWhoseHeaderClaimsSixtyThousandPixelsASideIsRefusedAsTooLarge()
    {
        var jpeg = Encode(SKEncodedImageFormat.Jpeg);
        // SOF0 (FF C0): length (2), precision (1), then height and width, big-endian.
        var sof = IndexOf(jpeg, [0xFF, 0xC0]);
        Assert.That(sof, Is.GreaterThan(0));
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(sof + 5), 60_000);
        BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(sof + 7), 60_000);

        Assert.That(ImageCleaner.Clean(jpeg, ImageFormat.Jpeg).Problem, Is.EqualTo(ImageProblem.TooManyPixels));
    }

    [Test]
    public void AWebPWhoseHeaderClaimsSixteenThousandPixelsASideIsRefusedAsTooLarge()
    {
        var webp = Encode(SKEncodedImageFormat.Webp);
        // A lossy VP8 frame: start code 9D 01 2A, then 14-bit width and height, little-endian.
        var start = IndexOf(webp, [0x9D, 0x01, 0x2A]);
        Assert.That(start, Is.GreaterThan(0), "a lossy VP8 frame");
        BinaryPrimitives.WriteUInt16LittleEndian(webp.AsSpan(start + 3), 16_000);
        BinaryPrimitives.WriteUInt16LittleEndian(webp.AsSpan(start + 5), 16_000);

        Assert.That(ImageCleaner.Clean(webp, ImageFormat.WebP).Problem, Is.EqualTo(ImageProblem.TooManyPixels));
    }

    [Test]
    public void AnImageAtTheLimitIsAccepted()
    {
        var side = (int)Math.Sqrt(ImageCleaner.MaxPixels);
        var result = ImageCleaner.Clean(PixelFlood.Png(side, side), ImageFormat.Png);

        Assert.That(result.Problem, Is.EqualTo(ImageProblem.None));
        Assert.That(result.Bytes, Is.Not.Null);
    }

    private static byte[] Encode(SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(16, 16, SKColorType.Rgba8888, SKAlphaType.Opaque));
        bitmap.Erase(SKColors.DarkOliveGreen);
        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(format, 80).ToArray();
    }

    private static int IndexOf(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle);
}

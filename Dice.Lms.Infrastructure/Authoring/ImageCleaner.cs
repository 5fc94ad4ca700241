using Dice.Lms.Domain.Authoring;
using SkiaSharp;

namespace Dice.Lms.Infrastructure.Authoring;

/// <summary>
/// Decodes an uploaded image and encodes its pixels again: EXIF (camera, place), XMP and text chunks are not pixels,
/// so they do not survive. A file that does not decode as the format its bytes claim is refused, and so is one whose
/// header claims more pixels than <see cref="MaxPixels"/>: a few kilobytes of PNG can claim 10,000 × 10,000 pixels,
/// 400 MB once decoded (a "pixel flood"). The size is read from the header by SKCodec, before anything is decoded.
/// </summary>
public static class ImageCleaner
{
    /// <summary>
    /// 12 megapixels: more than any lesson picture needs, and at most 48 MB decoded (twice that while a photo taken
    /// sideways is turned upright).
    /// </summary>
    public const int MaxPixels = 12_000_000;

    /// <summary>No side longer than this, however thin the picture.</summary>
    public const int MaxSide = 8_192;

    private const int Quality = 90;

    public static CleanedImage Clean(byte[] bytes, ImageFormat format)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var target = format switch
        {
            ImageFormat.Png => SKEncodedImageFormat.Png,
            ImageFormat.Jpeg => SKEncodedImageFormat.Jpeg,
            ImageFormat.WebP => SKEncodedImageFormat.Webp,
            _ => throw new ArgumentOutOfRangeException(nameof(format)),
        };
        using var codec = SKCodec.Create(new SKMemoryStream(bytes));
        if (codec is null || codec.EncodedFormat != target)
        {
            return new CleanedImage(null, ImageProblem.NotAnImage, 0, 0);
        }

        var (width, height) = (codec.Info.Width, codec.Info.Height);
        if (width > MaxSide || height > MaxSide || (long)width * height > MaxPixels)
        {
            return new CleanedImage(null, ImageProblem.TooManyPixels, width, height);
        }

        var origin = codec.EncodedOrigin;
        using var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null)
        {
            return new CleanedImage(null, ImageProblem.NotAnImage, width, height);
        }

        // The orientation a phone camera records is metadata too: turn the pixels upright before it is dropped.
        using var upright = Upright(bitmap, origin);
        using var image = SKImage.FromBitmap(upright ?? bitmap);
        using var data = image.Encode(target, Quality);
        return data is null ? new CleanedImage(null, ImageProblem.NotAnImage, width, height) : new CleanedImage(data.ToArray(), ImageProblem.None, width, height);
    }

    /// <summary>A copy drawn the way EXIF orientation <paramref name="origin"/> says to show it; null when it already is.</summary>
    private static SKBitmap? Upright(SKBitmap bitmap, SKEncodedOrigin origin)
    {
        if (origin == SKEncodedOrigin.TopLeft)
        {
            return null;
        }

        float w = bitmap.Width, h = bitmap.Height;
        var quarterTurn = origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;
        var result = new SKBitmap(quarterTurn ? bitmap.Height : bitmap.Width, quarterTurn ? bitmap.Width : bitmap.Height);
        using var canvas = new SKCanvas(result);
        // Each matrix maps the stored pixels to their place in the upright picture (EXIF orientations 2 to 8).
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        canvas.SetMatrix(matrix);
        canvas.DrawBitmap(bitmap, 0, 0);
        canvas.Flush();
        return result;
    }
}

using Dice.Lms.Domain.Authoring;
using SkiaSharp;

namespace Dice.Lms.Infrastructure.Authoring;

/// <summary>
/// Decodes an uploaded image and encodes its pixels again: EXIF (camera, place), XMP and text chunks are not pixels,
/// so they do not survive. A file that does not decode as the format its bytes claim is refused.
/// </summary>
public static class ImageCleaner
{
    private const int Quality = 90;

    /// <summary>The cleaned bytes, or null when the bytes are not a decodable image of <paramref name="format"/>.</summary>
    public static byte[]? Clean(byte[] bytes, ImageFormat format)
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
            return null;
        }

        using var bitmap = SKBitmap.Decode(codec);
        if (bitmap is null)
        {
            return null;
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(target, Quality);
        return data?.ToArray();
    }
}

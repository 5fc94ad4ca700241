using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Dice.Lms.Web.Tests.Authoring;

/// <summary>Small real images, and a PNG carrying a text chunk that stands for camera or place metadata.</summary>
public static class TestImages
{
    public const string SecretMetadata = "GPS 43.57N 104.42E Secret Camera";

    public static byte[] Png(SKColor? color = null)
    {
        using var bitmap = new SKBitmap(16, 16);
        bitmap.Erase(color ?? SKColors.SteelBlue);
        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>A valid PNG with a tEXt chunk right after IHDR (8-byte signature + 25-byte IHDR chunk).</summary>
    public static byte[] PngWithMetadata()
    {
        var png = Png(SKColors.OrangeRed);
        var chunk = Chunk("tEXt", Encoding.Latin1.GetBytes("Comment\0" + SecretMetadata));
        return [.. png[..33], .. chunk, .. png[33..]];
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        var typeBytes = Encoding.ASCII.GetBytes(type);
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typeBytes.CopyTo(chunk, 4);
        data.CopyTo(chunk, 8);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32([.. typeBytes, .. data]));
        return chunk;
    }

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320u : crc >> 1;
            }
        }

        return ~crc;
    }
}

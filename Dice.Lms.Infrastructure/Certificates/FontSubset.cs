using System.Buffers.Binary;

namespace Dice.Lms.Infrastructure.Certificates;

/// <summary>
/// Makes a TrueType font that keeps only the outlines of the glyphs a document uses. Glyph ids, metrics and the character
/// map stay as they were (so text measured with the full font lays out the same, and a PDF's text stays extractable);
/// the other glyphs' outlines become empty and the layout tables (GPOS, GSUB, ...) and glyph names are left out.
/// SkiaSharp's PDF backend embeds a font whole when, as in its Linux build, it has no subsetter: this keeps a
/// certificate small.
/// </summary>
public static class FontSubset
{
    // What a renderer and a PDF reader need of a TrueType font; everything else (layout, kerning, signatures) goes.
    private static readonly HashSet<string> Kept = ["cmap", "head", "hhea", "hmtx", "maxp", "name", "OS/2", "post", "loca", "glyf", "cvt ", "fpgm", "prep", "gasp"];

    public static byte[] Keep(byte[] font, IEnumerable<ushort> glyphs)
    {
        var tables = ReadTables(font);
        var head = tables["head"].ToArray();
        var numGlyphs = BinaryPrimitives.ReadUInt16BigEndian(tables["maxp"].Span[4..]);
        var longOffsets = BinaryPrimitives.ReadInt16BigEndian(head.AsSpan(50)) == 1;
        var loca = tables["loca"];
        var glyf = tables["glyf"].Span;
        int Offset(int glyph) => longOffsets ? (int)BinaryPrimitives.ReadUInt32BigEndian(loca.Span[(glyph * 4)..]) : BinaryPrimitives.ReadUInt16BigEndian(loca.Span[(glyph * 2)..]) * 2;

        // Glyph 0 (.notdef) always, and every component of a composite glyph kept.
        var keep = new HashSet<int>();
        var pending = new Stack<int>(glyphs.Select(g => (int)g).Where(g => g < numGlyphs).Append(0));
        while (pending.TryPop(out var glyph))
        {
            if (!keep.Add(glyph))
            {
                continue;
            }

            foreach (var component in Components(glyf[Offset(glyph)..Offset(glyph + 1)]))
            {
                if (!keep.Contains(component))
                {
                    pending.Push(component);
                }
            }
        }

        var newGlyf = new MemoryStream();
        var newLoca = new byte[(numGlyphs + 1) * 4];
        for (var glyph = 0; glyph < numGlyphs; glyph++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(glyph * 4), (uint)newGlyf.Length);
            if (keep.Contains(glyph))
            {
                newGlyf.Write(glyf[Offset(glyph)..Offset(glyph + 1)]);
                while (newGlyf.Length % 4 != 0)
                {
                    newGlyf.WriteByte(0);
                }
            }
        }

        BinaryPrimitives.WriteUInt32BigEndian(newLoca.AsSpan(numGlyphs * 4), (uint)newGlyf.Length);
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1);
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0);
        // post version 3: the same metrics, no glyph names.
        var post = tables["post"].Span[..32].ToArray();
        BinaryPrimitives.WriteUInt32BigEndian(post, 0x00030000);

        var output = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (tag, data) in tables.Where(t => Kept.Contains(t.Key)))
        {
            output[tag] = tag switch
            {
                "head" => head,
                "loca" => newLoca,
                "glyf" => newGlyf.ToArray(),
                "post" => post,
                _ => data.ToArray(),
            };
        }

        return Write(BinaryPrimitives.ReadUInt32BigEndian(font), output);
    }

    private static Dictionary<string, ReadOnlyMemory<byte>> ReadTables(byte[] font)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new Dictionary<string, ReadOnlyMemory<byte>>(StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var record = font.AsSpan(12 + (i * 16), 16);
            var tag = System.Text.Encoding.ASCII.GetString(record[..4]);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(record[12..]);
            tables[tag] = font.AsMemory(offset, length);
        }

        foreach (var required in new[] { "head", "maxp", "loca", "glyf", "post" })
        {
            if (!tables.ContainsKey(required))
            {
                throw new InvalidOperationException($"Not a TrueType font with outlines: the '{required}' table is missing.");
            }
        }

        return tables;
    }

    /// <summary>The glyph ids a composite glyph is built from (none for a simple or empty glyph).</summary>
    private static List<int> Components(ReadOnlySpan<byte> glyph)
    {
        var components = new List<int>();
        if (glyph.Length < 10 || BinaryPrimitives.ReadInt16BigEndian(glyph) >= 0)
        {
            return components;
        }

        var at = 10;
        ushort flags;
        do
        {
            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[at..]);
            components.Add(BinaryPrimitives.ReadUInt16BigEndian(glyph[(at + 2)..]));
            at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            at += (flags & 0x0008) != 0 ? 2 : (flags & 0x0040) != 0 ? 4 : (flags & 0x0080) != 0 ? 8 : 0;
        }
        while ((flags & 0x0020) != 0);
        return components;
    }

    private static byte[] Write(uint version, SortedDictionary<string, byte[]> tables)
    {
        var count = (ushort)tables.Count;
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        var header = new byte[12 + (16 * count)];
        BinaryPrimitives.WriteUInt32BigEndian(header, version);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(4), count);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(6), (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(8), (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(header.AsSpan(10), (ushort)((count * 16) - (power * 16)));
        var body = new MemoryStream();
        var offset = header.Length;
        var i = 0;
        foreach (var (tag, data) in tables)
        {
            var record = header.AsSpan(12 + (i++ * 16));
            System.Text.Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)(offset + body.Length));
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            body.Write(data);
            while (body.Length % 4 != 0)
            {
                body.WriteByte(0);
            }
        }

        var font = header.Concat(body.ToArray()).ToArray();
        // head.checkSumAdjustment makes the whole file sum to the magic number of the specification.
        var headOffset = (int)BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(12 + (tables.Keys.ToList().IndexOf("head") * 16) + 8));
        BinaryPrimitives.WriteUInt32BigEndian(font.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(font)));
        return font;
    }

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var j = 0; j < 4; j++)
            {
                word = (word << 8) | (i + j < data.Length ? data[i + j] : 0u);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }
}

using System.Reflection;
using Dice.Lms.Domain;
using Dice.Lms.Domain.Certificates;
using Dice.Lms.Domain.Competences;
using QRCoder;
using SkiaSharp;

namespace Dice.Lms.Infrastructure.Certificates;

/// <summary>
/// Draws a certificate as a one-page A4 landscape PDF in Mongolian and English. The fonts (Noto Sans, SIL Open Font
/// License, Fonts/OFL.txt) are embedded in this assembly and, subset to the glyphs the page uses (<see cref="FontSubset"/>),
/// in every PDF, so a Cyrillic name never depends on the fonts of the machine that renders or prints it.
/// </summary>
public sealed class CertificatePdf : IDisposable
{
    private const float Width = 842;
    private const float Height = 595;
    private const float Margin = 56;
    private const float QrSize = 150;

    private static readonly SKColor Ink = new(0x1f, 0x2a, 0x37);
    private static readonly SKColor Accent = new(0x0b, 0x5c, 0x8a);
    private static readonly SKColor Muted = new(0x4b, 0x55, 0x63);

    private static readonly byte[] RegularFont = ReadFont("NotoSans-Regular.ttf");
    private static readonly byte[] BoldFont = ReadFont("NotoSans-Bold.ttf");

    private readonly SKTypeface _regular = Typeface(RegularFont);
    private readonly SKTypeface _bold = Typeface(BoldFont);

    public byte[] Render(CertificateDocument certificate)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        // First lay the page out with the whole fonts to learn which glyphs it uses, then draw it with fonts of only
        // those (same glyph ids and widths, so the same layout).
        var used = new Dictionary<SKTypeface, HashSet<ushort>> { [_regular] = [], [_bold] = [] };
        using (var recorder = new SKPictureRecorder())
        {
            Draw(recorder.BeginRecording(SKRect.Create(Width, Height)), certificate, _regular, _bold, used);
        }

        using var regular = Typeface(FontSubset.Keep(RegularFont, used[_regular]));
        using var bold = Typeface(FontSubset.Keep(BoldFont, used[_bold]));
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata
        {
            Title = $"{certificate.HolderName} · {certificate.CourseTitleEn}",
            Author = certificate.Issuer,
            Creator = "Dice LMS",
            Producer = "Dice LMS",
            RasterDpi = 300,
            // Lossless (Flate) images: the QR code stays sharp, never a JPEG (Skia reads 101 as "lossless").
            EncodingQuality = 101,
        };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            var canvas = document.BeginPage(Width, Height);
            Draw(canvas, certificate, regular, bold, used: null);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    public void Dispose()
    {
        _regular.Dispose();
        _bold.Dispose();
    }

    /// <summary>Black modules on white, 8 pixels each, with the standard four-module quiet zone.</summary>
    private static SKBitmap QrBitmap(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        const int scale = 8;
        var size = data.ModuleMatrix.Count;
        var bitmap = new SKBitmap(new SKImageInfo(size * scale, size * scale, SKColorType.Gray8, SKAlphaType.Opaque));
        using var canvas = new SKCanvas(bitmap);
        canvas.Clear(SKColors.White);
        using var black = new SKPaint { Color = SKColors.Black, IsAntialias = false };
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (data.ModuleMatrix[y][x])
                {
                    canvas.DrawRect(x * scale, y * scale, scale, scale, black);
                }
            }
        }

        return bitmap;
    }

    private static byte[] ReadFont(string file)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Dice.Lms.Infrastructure.Certificates.Fonts.{file}")
            ?? throw new InvalidOperationException($"The font {file} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static SKTypeface Typeface(byte[] font)
    {
        using var data = SKData.CreateCopy(font);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException("A certificate font could not be read.");
    }

    /// <summary>Draws the page; with <paramref name="used"/>, also notes every glyph drawn per typeface.</summary>
    private static void Draw(SKCanvas canvas, CertificateDocument c, SKTypeface regular, SKTypeface bold, Dictionary<SKTypeface, HashSet<ushort>>? used)
    {
        canvas.Clear(SKColors.White);
        using var frame = new SKPaint { Color = Accent, IsStroke = true, StrokeWidth = 3, IsAntialias = true };
        canvas.DrawRect(24, 24, Width - 48, Height - 48, frame);
        frame.StrokeWidth = 0.8f;
        canvas.DrawRect(32, 32, Width - 64, Height - 64, frame);

        var centre = (Width - QrSize - Margin) / 2 + 10;
        var textWidth = Width - (2 * Margin) - QrSize - 20;
        var y = 92f;
        y = Line(used, canvas, "ГЭРЧИЛГЭЭ", bold, 30, Accent, centre, y, textWidth) + 6;
        y = Line(used, canvas, "CERTIFICATE OF COMPLETION", regular, 14, Accent, centre, y, textWidth) + 30;
        y = Line(used, canvas, "Энэхүү гэрчилгээг · This certificate is awarded to", regular, 12, Muted, centre, y, textWidth) + 12;
        y = Line(used, canvas, c.HolderName, bold, 28, Ink, centre, y, textWidth) + 18;
        y = Line(used, canvas, "дараах сургалтыг амжилттай дүүргэсэнд олгов · for completing the course", regular, 12, Muted, centre, y, textWidth) + 10;
        y = Line(used, canvas, c.CourseTitleMn, bold, 20, Ink, centre, y, textWidth) + 4;
        y = Line(used, canvas, c.CourseTitleEn, regular, 16, Ink, centre, y, textWidth) + 22;

        var area = CompetenceAreas.Find(c.AreaId);
        var left = Margin + 8;
        var facts = new List<(string Label, string Value)>
        {
            ("Чадамжийн хүрээ · Competence area", area is null ? c.AreaId : $"{area.Name(Languages.Mongolian)} · {area.Name(Languages.English)}"),
        };
        if (c.Level != ProficiencyLevel.None)
        {
            facts.Add(("Хүрсэн түвшин · Level reached", $"{c.Level.Name(Languages.Mongolian)} · {c.Level.Name(Languages.English)}"));
        }

        facts.Add(("Огноо · Date", c.IssuedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        facts.Add(("Олгосон байгууллага · Issued by", c.Issuer));
        facts.Add(("Баталгаажуулах код · Verification code", VerificationCode.Format(c.Code)));
        foreach (var (label, value) in facts)
        {
            Text(used, canvas, label, regular, 10, Muted, left, y, SKTextAlign.Left, textWidth);
            Text(used, canvas, value, bold, 12, Ink, left + 250, y, SKTextAlign.Left, textWidth - 250);
            y += 22;
        }

        // The QR code: a bitmap drawn as an image, so the PDF embeds it as one (a scanner reads it off paper or screen).
        using var qr = SKImage.FromBitmap(QrBitmap(c.VerifyUrl));
        var qrRect = SKRect.Create(Width - Margin - QrSize, Height - Margin - QrSize - 34, QrSize, QrSize);
        canvas.DrawImage(qr, qrRect, new SKSamplingOptions(SKFilterMode.Nearest));
        Text(used, canvas, "Шалгах · Verify", regular, 9, Muted, qrRect.MidX, qrRect.Bottom + 14, SKTextAlign.Center, QrSize + 40);
        Text(used, canvas, c.VerifyUrl, regular, 7, Muted, Width - Margin, qrRect.Bottom + 28, SKTextAlign.Right, 380);
    }

    /// <summary>A centred line; returns the baseline of the next one.</summary>
    private static float Line(Dictionary<SKTypeface, HashSet<ushort>>? used, SKCanvas canvas, string text, SKTypeface typeface, float size, SKColor color, float x, float y, float maxWidth)
    {
        var drawn = Text(used, canvas, text, typeface, size, color, x, y + size, SKTextAlign.Center, maxWidth);
        return y + drawn;
    }

    /// <summary>Draws text at one baseline, shrinking the font until it fits; returns the size used.</summary>
    private static float Text(Dictionary<SKTypeface, HashSet<ushort>>? used, SKCanvas canvas, string text, SKTypeface typeface, float size, SKColor color, float x, float y, SKTextAlign align, float maxWidth)
    {
        using var font = new SKFont(typeface, size);
        while (font.Size > 6 && font.MeasureText(text) > maxWidth)
        {
            font.Size -= 0.5f;
        }

        used?[typeface].UnionWith(font.GetGlyphs(text));
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(text, x, y, align, font, paint);
        return font.Size;
    }
}

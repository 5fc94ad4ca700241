using System.Globalization;
using System.Reflection;
using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Proficiency;
using SkiaSharp;

namespace Dice.Lms.Infrastructure.Proficiency;

/// <summary>
/// The programme report for funders as an A4 PDF, Mongolian and English side by side, drawn with the same Skia PDF
/// backend and embedded Noto Sans fonts as the certificates, so Cyrillic never depends on the reader's fonts.
/// </summary>
public sealed class ProgrammeReportPdf : IDisposable
{
    private const float Width = 595;
    private const float Height = 842;
    private const float Margin = 40;

    private static readonly SKColor Ink = new(0x1b, 0x1f, 0x24);
    private static readonly SKColor Muted = new(0x4a, 0x55, 0x60);
    private static readonly SKColor Line = new(0xc9, 0xd1, 0xd9);
    private static readonly SKColor[] LevelColours = [new(0xb3, 0x26, 0x1e), new(0xc2, 0x41, 0x0c), new(0x8a, 0x6d, 0x00), new(0x17, 0x6c, 0x35), new(0x0b, 0x5c, 0xad)];

    /// <summary>The method note, from docs/proficiency.md.</summary>
    private static readonly string[] Method =
    [
        "Арга зүй: эхлэлийн түвшин нь суурь судалгааны өөрийн үнэлгээ; одоогийн түвшин нь өөрийн үнэлгээ ба давсан шалгалтын өндөр нь.",
        "Чадамжийн түвшин: тухайн чадамжийг заадаг, шалгалтыг нь давсан модулийн хамгийн өндөр түвшин; эс бөгөөс мэдлэггүй.",
        "Method: the baseline is the survey's self-assessment; the current level is the higher of the latest self-assessment",
        "and the highest module level whose quiz the learner passed. A competence's level is the highest level of a passed",
        "module teaching it, none otherwise. 'In need' is the share at none, beginner or intermediate (baseline report, Table 3).",
    ];

    // One embedded font: a second font file (bold) would double the size of every report.
    private readonly SKTypeface _regular = LoadFont("NotoSans-Regular.ttf");

    public byte[] Render(ProgrammeReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var stream = new MemoryStream();
        var metadata = new SKDocumentPdfMetadata { Title = $"Programme report · {report.Scope}", Creator = "Dice LMS", Producer = "Dice LMS" };
        using (var document = SKDocument.CreatePdf(stream, metadata))
        {
            DrawOverview(document.BeginPage(Width, Height), report);
            document.EndPage();
            DrawCompetences(document.BeginPage(Width, Height), report);
            document.EndPage();
            document.Close();
        }

        return stream.ToArray();
    }

    public void Dispose()
    {
        _regular.Dispose();
    }

    private void DrawOverview(SKCanvas canvas, ProgrammeReport r)
    {
        var y = Margin + 10;
        Text(canvas, "Хөтөлбөрийн тайлан · Programme report", true, 18, Ink, Margin, y);
        y += 24;
        Text(canvas, r.Scope, true, 13, Ink, Margin, y);
        y += 18;
        Text(canvas, $"Түвшин тооцсон огноо / Levels as of: {r.SnapshotDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—"}", false, 9, Muted, Margin, y);
        y += 22;
        string Date(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";
        foreach (var fact in new[]
        {
            $"Байгууллага / Organisations: {(r.Organizations.Count == 0 ? "—" : string.Join(", ", r.Organizations))}",
            $"Байршил / Locations: {(r.Locations.Count == 0 ? "—" : string.Join(", ", r.Locations))}",
            $"Хугацаа / Dates: {Date(r.Start)} – {Date(r.End)}",
            $"Суралцагч: бүртгэлтэй {r.Enrolled}, идэвхтэй {r.Active}, төгссөн {r.Completed} / Learners: enrolled {r.Enrolled}, active {r.Active}, completed {r.Completed}",
            $"Дуусгасан модуль / Modules completed: {r.ModulesCompleted} · Давсан шалгалт / Quizzes passed: {r.QuizzesPassed}",
            $"Олгосон гэрчилгээ / Certificates issued: {r.CertificatesIssued} · Цуцалсан / revoked: {r.CertificatesRevoked}",
        })
        {
            y = Wrapped(canvas, fact, false, 9.5f, Ink, Margin, y, Width - 2 * Margin) + 4;
        }

        y += 10;
        Text(canvas, "Дунд шат ба түүнээс доош: эхлэл → одоо / At or below intermediate: baseline → now", true, 11, Ink, Margin, y);
        y += 18;
        var needs = CohortReport.ShareAtOrBelowIntermediate(r.Areas);
        var legendY = y;
        for (var l = 0; l < ProficiencyLevels.All.Count; l++)
        {
            using var swatch = new SKPaint { Color = LevelColours[l] };
            canvas.DrawRect(Margin + l * 100, legendY - 8, 9, 9, swatch);
            Text(canvas, $"{ProficiencyLevels.All[l].Name("mn")} / {ProficiencyLevels.All[l].Name("en")}", false, 7, Ink, Margin + l * 100 + 12, legendY);
        }

        y += 16;
        foreach (var area in CompetenceAreas.All)
        {
            var need = needs.Single(n => n.Area == area.Id);
            var rows = r.Areas.Where(a => a.Area == area.Id).ToList();
            Text(canvas, $"{area.NameMn} / {area.NameEn}", true, 9, Ink, Margin, y);
            var change = need.Baseline is { } b && need.Current is { } c ? (c - b).ToString("+0.0;-0.0;0.0", CultureInfo.InvariantCulture) : "—";
            Text(canvas, $"{Share(need.Baseline)} → {Share(need.Current)} ({change})", true, 9, Ink, Width - Margin, y, SKTextAlign.Right);
            y += 6;
            Bar(canvas, "Эхлэл / Baseline", [.. rows.Select(x => x.Baseline)], y);
            Bar(canvas, "Одоо / Now", [.. rows.Select(x => x.Current)], y + 16);
            y += 46;
        }

        y += 4;
        foreach (var line in Method)
        {
            Text(canvas, line, false, 7.5f, Muted, Margin, y);
            y += 11;
        }
    }

    private void Bar(SKCanvas canvas, string label, IReadOnlyList<int> counts, float top)
    {
        Text(canvas, label, false, 7.5f, Muted, Margin, top + 10);
        var total = counts.Sum();
        var x = Margin + 90;
        const float width = Width - 2 * Margin - 90;
        using var outline = new SKPaint { Color = Line, IsStroke = true, StrokeWidth = 0.5f };
        canvas.DrawRect(x, top, width, 12, outline);
        for (var l = 0; l < counts.Count && total > 0; l++)
        {
            var w = width * counts[l] / total;
            using var fill = new SKPaint { Color = LevelColours[l] };
            canvas.DrawRect(x, top, w, 12, fill);
            x += w;
        }
    }

    private void DrawCompetences(SKCanvas canvas, ProgrammeReport r)
    {
        var y = Margin + 10;
        Text(canvas, "Чадамжийн зураг / Competence map", true, 14, Ink, Margin, y);
        y += 16;
        Text(canvas, "Одоогийн түвшин тус бүрийн суралцагчийн тоо / Learners per level now", false, 8.5f, Muted, Margin, y);
        y += 20;
        float[] columns = [Margin, Margin + 36, Margin + 76, Margin + 116, Margin + 156, Margin + 196];
        Text(canvas, "№", true, 8, Ink, columns[0], y);
        for (var l = 0; l < ProficiencyLevels.All.Count; l++)
        {
            Text(canvas, ProficiencyLevels.All[l].Id(), true, 7, Ink, columns[l + 1] + 30, y, SKTextAlign.Right);
        }

        Text(canvas, "Competence (DigComp 2.2 / UNESCO DLGF)", true, 8, Ink, Margin + 240, y);
        y += 14;
        using var rule = new SKPaint { Color = Line, StrokeWidth = 0.5f };
        foreach (var area in CompetenceAreas.All)
        {
            Text(canvas, $"{area.NameMn} / {area.NameEn}", true, 8.5f, Ink, Margin, y);
            y += 14;
            foreach (var code in area.Competences)
            {
                var counts = r.Competences.Where(c => c.Competence == code).Select(c => c.Current).ToList();
                Text(canvas, code, false, 8.5f, Ink, columns[0], y);
                for (var l = 0; l < counts.Count; l++)
                {
                    Text(canvas, counts[l].ToString(CultureInfo.InvariantCulture), false, 8.5f, Ink, columns[l + 1] + 30, y, SKTextAlign.Right);
                }

                Text(canvas, DigCompCompetences.Name(code) ?? "", false, 7.5f, Muted, Margin + 240, y);
                canvas.DrawLine(Margin, y + 4, Width - Margin, y + 4, rule);
                y += 14;
            }

            y += 4;
        }
    }

    private static string Share(decimal? share) => share is { } s ? s.ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    private void Text(SKCanvas canvas, string text, bool bold, float size, SKColor color, float x, float y, SKTextAlign align = SKTextAlign.Left)
    {
        // Headings differ by size only: Skia embeds an emboldened face as outlines, which made a report four times larger.
        using var font = new SKFont(_regular, bold ? size + 0.5f : size);
        using var paint = new SKPaint { Color = color, IsAntialias = true };
        canvas.DrawText(text, x, y, align, font, paint);
    }

    /// <summary>Draws text broken into lines at spaces so nothing runs off the page; returns the baseline of the last line.</summary>
    private float Wrapped(SKCanvas canvas, string text, bool bold, float size, SKColor color, float x, float y, float maxWidth)
    {
        using var font = new SKFont(_regular, bold ? size + 0.5f : size);
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && font.MeasureText(candidate) > maxWidth)
            {
                Text(canvas, line, bold, size, color, x, y);
                y += size * 1.35f;
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        Text(canvas, line, bold, size, color, x, y);
        return y + size * 1.35f;
    }

    private static SKTypeface LoadFont(string file)
    {
        // The certificates' embedded fonts: one copy in the assembly for both documents.
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Dice.Lms.Infrastructure.Certificates.Fonts.{file}")
            ?? throw new InvalidOperationException($"The font {file} is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}.");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"The font {file} could not be read.");
    }
}

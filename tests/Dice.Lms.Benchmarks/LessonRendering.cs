using BenchmarkDotNet.Attributes;
using Dice.Lms.Infrastructure.Content;
using Markdig;

namespace Dice.Lms.Benchmarks;

/// <summary>
/// Every module of content/ in both languages (60 files) through the lesson pipeline: Markdig with the call-out, quiz
/// and table extensions, then HtmlSanitizer. Compared with bare Markdig on the same input, and with a cache hit.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class LessonRendering
{
    private readonly ModuleRenderer _renderer = new();
    private readonly MarkdownPipeline _bare = new MarkdownPipelineBuilder().Build();
    private List<(string Hash, string Language, string Markdown)> _texts = [];
    private RenderedHtmlCache _cache = new();

    [GlobalSetup]
    public void Load()
    {
        var root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Dice.Lms.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Dice.Lms.sln not found");
        }

        var content = ContentReader.Read(Path.Combine(root, "content"));
        _texts = [.. content.Courses.SelectMany(c => c.Modules).SelectMany(m => m.Versions.Select(v => (m.ContentHash, v.Language, v.Body)))];
        _cache = new RenderedHtmlCache();
        foreach (var (hash, language, markdown) in _texts)
        {
            _cache.GetOrAdd(hash, language, () => _renderer.Render(markdown, language, _ => null));
        }
    }

    [Benchmark(Baseline = true, Description = "bare Markdig")]
    public int BareMarkdig()
    {
        var length = 0;
        foreach (var (_, _, markdown) in _texts)
        {
            length += Markdown.ToHtml(markdown, _bare).Length;
        }

        return length;
    }

    [Benchmark(Description = "lesson pipeline (Markdig + extensions + sanitiser)")]
    public int LessonPipeline()
    {
        var length = 0;
        foreach (var (_, language, markdown) in _texts)
        {
            length += _renderer.Render(markdown, language, _ => null).Length;
        }

        return length;
    }

    [Benchmark(Description = "lesson pipeline, cached")]
    public int Cached()
    {
        var length = 0;
        foreach (var (hash, language, markdown) in _texts)
        {
            length += _cache.GetOrAdd(hash, language, () => _renderer.Render(markdown, language, _ => null)).Length;
        }

        return length;
    }
}

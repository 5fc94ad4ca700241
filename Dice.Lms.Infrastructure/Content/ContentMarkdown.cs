using Dice.Lms.Infrastructure.Content.Callouts;
using Dice.Lms.Infrastructure.Content.QuizBlocks;
using Dice.Lms.Infrastructure.Content.Tables;
using Markdig;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// The Markdown dialect of docs/authoring.md. Pipelines are immutable and thread-safe, so each is built once
/// (https://github.com/xoofx/markdig#performance).
/// </summary>
internal static class ContentMarkdown
{
    /// <summary>The pipeline that renders lessons. No extension that copies author text into attributes.</summary>
    public static MarkdownPipeline Pipeline { get; } = CreateBuilder().DisableHtml().Build();

    /// <summary>
    /// The same dialect with raw HTML still parsed as HTML, used only by the validator: DisableHtml turns HTML into
    /// text, which would hide the raw HTML the validator has to warn about.
    /// </summary>
    public static MarkdownPipeline InspectionPipeline { get; } = CreateBuilder().Build();

    // Table wrapping replaces the pipe-table renderer, so it must come after UsePipeTables.
    private static MarkdownPipelineBuilder CreateBuilder() => new MarkdownPipelineBuilder()
        .UsePipeTables()
        .Use<TableWrapExtension>()
        .Use<CalloutExtension>()
        .Use<QuizBlockExtension>();
}

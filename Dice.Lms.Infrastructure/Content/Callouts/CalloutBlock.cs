using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Dice.Lms.Infrastructure.Content.Callouts;

/// <summary>A <c>::: tip</c> … <c>:::</c> box; <see cref="Kind"/> is the word after the colons.</summary>
public sealed class CalloutBlock(BlockParser parser) : ContainerBlock(parser), IFencedBlock
{
    public string Kind => Info ?? "";

    /// <summary>The heading shown in the box, in the page language; set before rendering.</summary>
    public string? Title { get; set; }

    public char FencedChar { get; set; }

    public int OpeningFencedCharCount { get; set; }

    public StringSlice TriviaAfterFencedChar { get; set; }

    public string? Info { get; set; }

    public StringSlice UnescapedInfo { get; set; }

    public StringSlice TriviaAfterInfo { get; set; }

    public string? Arguments { get; set; }

    public StringSlice UnescapedArguments { get; set; }

    public StringSlice TriviaAfterArguments { get; set; }

    public NewLine InfoNewLine { get; set; }

    public StringSlice TriviaBeforeClosingFence { get; set; }

    public int ClosingFencedCharCount { get; set; }
}

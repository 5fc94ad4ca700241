using Markdig.Parsers;

namespace Dice.Lms.Infrastructure.Content.Callouts;

/// <summary>Parses <c>:::</c> fences the way Markdig parses code fences, but as a container of Markdown blocks.</summary>
public sealed class CalloutParser : FencedBlockParserBase<CalloutBlock>
{
    public CalloutParser()
    {
        OpeningCharacters = [':'];
        // The word after the colons is the call-out kind, not a code language: no "language-" prefix.
        InfoPrefix = null;
    }

    protected override CalloutBlock CreateFencedBlock(BlockProcessor processor) => new(this);
}

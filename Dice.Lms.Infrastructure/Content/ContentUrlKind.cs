namespace Dice.Lms.Infrastructure.Content;

/// <summary>What a link or image address in a module points at.</summary>
public enum ContentUrlKind
{
    /// <summary>A path relative to the module file: a file of the course folder.</summary>
    Local,

    /// <summary>An http or https address on another site.</summary>
    Web,

    Mailto,

    /// <summary>Any other scheme, a protocol-relative or a malformed address: never rendered.</summary>
    Forbidden,
}

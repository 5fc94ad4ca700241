namespace Dice.Lms.Infrastructure.Content;

/// <summary>A module file as read, with what the reader needs to check it against the others and to hash it.</summary>
internal sealed record ModuleFile(
    ModuleFileName Name,
    ModuleText Version,
    int IdLine,
    byte[] Bytes,
    IReadOnlyList<string> ImageFiles);

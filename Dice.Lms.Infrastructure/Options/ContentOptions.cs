namespace Dice.Lms.Infrastructure.Options;

public sealed class ContentOptions
{
    /// <summary>Folder of course content; empty means the repository's content/ folder.</summary>
    public string Path { get; set; } = "";

    /// <summary>Imports content/ when the site starts.</summary>
    public bool ImportOnStart { get; set; } = true;
}

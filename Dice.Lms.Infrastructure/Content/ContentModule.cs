namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// One module of a course in every language it was written in. <see cref="ContentHash"/> changes whenever any
/// language file or an image it shows changes, so the site can tell learners' progress on an old version apart.
/// </summary>
public sealed record ContentModule(int Position, string Id, IReadOnlyList<ModuleVersion> Versions, string ContentHash)
{
    /// <summary>The languages the module exists in, sorted ("en" before "mn").</summary>
    public IReadOnlyList<string> Languages => Versions.Select(v => v.Language).Order(StringComparer.Ordinal).ToList();

    public ModuleVersion? Version(string language) => Versions.FirstOrDefault(v => v.Language == language);

    /// <summary>The Mongolian version when there is one: the site is Mongolian first.</summary>
    public ModuleVersion Primary => Version("mn") ?? Versions[0];
}

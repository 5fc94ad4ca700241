namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// One module of a course in every language it was written in. <see cref="ContentHash"/> changes whenever any
/// language file or an image it shows changes, so the site can tell learners' progress on an old version apart.
/// </summary>
/// <param name="Images">Images the module shows, relative to the course folder ("images/x.png").</param>
public sealed record ContentModule(int Position, string Id, IReadOnlyList<ModuleText> Versions, string ContentHash, IReadOnlyList<string> Images)
{
    /// <summary>The languages the module exists in, sorted ("en" before "mn").</summary>
    public IReadOnlyList<string> Languages => Versions.Select(v => v.Language).Order(StringComparer.Ordinal).ToList();

    public ModuleText? Version(string language) => Versions.FirstOrDefault(v => v.Language == language);

    /// <summary>The Mongolian version when there is one: the site is Mongolian first.</summary>
    public ModuleText Primary => Version(Domain.Languages.Mongolian) ?? Versions[0];
}

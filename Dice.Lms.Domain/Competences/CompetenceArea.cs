namespace Dice.Lms.Domain.Competences;

/// <summary>One of the six competence areas; <see cref="Id"/> is used everywhere (CSV, JSON, URLs).</summary>
public sealed record CompetenceArea(string Id, int Code, string NameEn, string NameMn, IReadOnlyList<string> Competences)
{
    public string Name(string language) => language == Languages.English ? NameEn : NameMn;
}

namespace Dice.Lms.Domain.Competences;

/// <summary>Ids, names and parsing of proficiency levels as the operations contract fixes them.</summary>
public static class ProficiencyLevels
{
    /// <summary>All levels, lowest first: the order of every report.</summary>
    public static IReadOnlyList<ProficiencyLevel> All { get; } =
        [ProficiencyLevel.None, ProficiencyLevel.Beginner, ProficiencyLevel.Intermediate, ProficiencyLevel.Advanced, ProficiencyLevel.Expert];

    public static string Id(this ProficiencyLevel level) => level switch
    {
        ProficiencyLevel.None => "none",
        ProficiencyLevel.Beginner => "beginner",
        ProficiencyLevel.Intermediate => "intermediate",
        ProficiencyLevel.Advanced => "advanced",
        ProficiencyLevel.Expert => "expert",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static int Percent(this ProficiencyLevel level) => (int)level;

    public static string Name(this ProficiencyLevel level, string language) => (language, level) switch
    {
        (Languages.Mongolian, ProficiencyLevel.None) => "Туршлагагүй",
        (Languages.Mongolian, ProficiencyLevel.Beginner) => "Анхан шат",
        (Languages.Mongolian, ProficiencyLevel.Intermediate) => "Дунд шат",
        (Languages.Mongolian, ProficiencyLevel.Advanced) => "Ахисан шат",
        (Languages.Mongolian, ProficiencyLevel.Expert) => "Мэргэшсэн",
        (_, ProficiencyLevel.None) => "None",
        (_, ProficiencyLevel.Beginner) => "Beginner",
        (_, ProficiencyLevel.Intermediate) => "Intermediate",
        (_, ProficiencyLevel.Advanced) => "Advanced",
        (_, ProficiencyLevel.Expert) => "Expert",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>The name "none" had before December 2026 ("ignorant" to a reader); files written then still read.</summary>
    private const string FormerNoneName = "Мэдлэггүй";

    /// <summary>Reads a level id (any case), its Mongolian name or its percentage.</summary>
    public static bool TryParse(string? text, out ProficiencyLevel level)
    {
        var value = text?.Trim() ?? "";
        if (string.Equals(value, FormerNoneName, StringComparison.OrdinalIgnoreCase))
        {
            level = ProficiencyLevel.None;
            return true;
        }

        foreach (var candidate in All)
        {
            if (string.Equals(value, candidate.Id(), StringComparison.OrdinalIgnoreCase)
                || string.Equals(value, candidate.Name(Languages.Mongolian), StringComparison.OrdinalIgnoreCase)
                || value == candidate.Percent().ToString(System.Globalization.CultureInfo.InvariantCulture)
                || value == candidate.Percent() + "%")
            {
                level = candidate;
                return true;
            }
        }

        level = ProficiencyLevel.None;
        return false;
    }
}

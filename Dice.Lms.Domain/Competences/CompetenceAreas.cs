namespace Dice.Lms.Domain.Competences;

/// <summary>
/// The six areas of the DigComp 2.2 / UNESCO Digital Literacy Global Framework as the DICE baseline used them,
/// with their competence codes. The ids and codes are fixed by the operations contract.
/// </summary>
public static class CompetenceAreas
{
    public static CompetenceArea Devices { get; } = new("devices", 0, "Devices and software operations",
        "Төхөөрөмж ба програм хангамжийн ашиглалт", ["0.1", "0.2"]);

    public static CompetenceArea Information { get; } = new("information", 1, "Information and data literacy",
        "Мэдээлэл ба өгөгдлийн бичиг үсэг", ["1.1", "1.2", "1.3"]);

    public static CompetenceArea Communication { get; } = new("communication", 2, "Communication and collaboration",
        "Харилцаа ба хамтын ажиллагаа", ["2.1", "2.2", "2.3", "2.4", "2.5", "2.6"]);

    public static CompetenceArea ContentCreation { get; } = new("content-creation", 3, "Digital content creation",
        "Цахим контент бүтээх", ["3.1", "3.2", "3.3", "3.4"]);

    public static CompetenceArea Safety { get; } = new("safety", 4, "Safety",
        "Цахим аюулгүй байдал", ["4.1", "4.2", "4.3", "4.4"]);

    public static CompetenceArea ProblemSolving { get; } = new("problem-solving", 5, "Problem solving",
        "Асуудал шийдвэрлэх", ["5.1", "5.2", "5.3", "5.4"]);

    /// <summary>All areas in framework order: the order of every report.</summary>
    public static IReadOnlyList<CompetenceArea> All { get; } =
        [Devices, Information, Communication, ContentCreation, Safety, ProblemSolving];

    /// <summary>The 23 competence codes, area by area: the order of every competence report.</summary>
    public static IReadOnlyList<string> AllCompetences { get; } = [.. All.SelectMany(a => a.Competences)];

    public static CompetenceArea? Find(string? id) =>
        All.FirstOrDefault(a => string.Equals(a.Id, id, StringComparison.Ordinal));

    public static bool IsCompetenceCode(string? code) => All.Any(a => a.Competences.Contains(code));

    /// <summary>The area a competence code such as "4.2" belongs to.</summary>
    public static CompetenceArea? ForCompetence(string? code) => All.FirstOrDefault(a => a.Competences.Contains(code));
}

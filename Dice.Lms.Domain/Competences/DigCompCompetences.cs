namespace Dice.Lms.Domain.Competences;

/// <summary>
/// The English names of the competences behind the codes of <see cref="CompetenceAreas"/>: DigComp 2.2 for 1.1–5.4 and
/// the UNESCO Digital Literacy Global Framework for 0.1 and 0.2 (docs/curriculum.md lists the same names).
/// </summary>
public static class DigCompCompetences
{
    /// <summary>DigComp's page, where each competence is described; the framework has no URL per competence.</summary>
    public const string DigCompUrl = "https://joint-research-centre.ec.europa.eu/digcomp/digcomp-framework_en";

    /// <summary>UNESCO's Digital Literacy Global Framework report, which adds area 0 to DigComp.</summary>
    public const string GlobalFrameworkUrl = "https://uis.unesco.org/sites/default/files/documents/ip51-global-framework-reference-digital-literacy-skills-2018-en.pdf";

    private static readonly Dictionary<string, string> Names = new(StringComparer.Ordinal)
    {
        ["0.1"] = "Physical operations of digital devices",
        ["0.2"] = "Software operations of digital devices",
        ["1.1"] = "Browsing, searching and filtering data, information and digital content",
        ["1.2"] = "Evaluating data, information and digital content",
        ["1.3"] = "Managing data, information and digital content",
        ["2.1"] = "Interacting through digital technologies",
        ["2.2"] = "Sharing through digital technologies",
        ["2.3"] = "Engaging in citizenship through digital technologies",
        ["2.4"] = "Collaborating through digital technologies",
        ["2.5"] = "Netiquette",
        ["2.6"] = "Managing digital identity",
        ["3.1"] = "Developing digital content",
        ["3.2"] = "Integrating and re-elaborating digital content",
        ["3.3"] = "Copyright and licences",
        ["3.4"] = "Programming",
        ["4.1"] = "Protecting devices",
        ["4.2"] = "Protecting personal data and privacy",
        ["4.3"] = "Protecting health and well-being",
        ["4.4"] = "Protecting the environment",
        ["5.1"] = "Solving technical problems",
        ["5.2"] = "Identifying needs and technological responses",
        ["5.3"] = "Creatively using digital technologies",
        ["5.4"] = "Identifying digital competence gaps",
    };

    public static string? Name(string code) => Names.GetValueOrDefault(code);

    /// <summary>"DigComp 2.2", or the UNESCO framework for the codes it adds (area 0).</summary>
    public static string Framework(string code) => code.StartsWith("0.", StringComparison.Ordinal)
        ? "UNESCO Digital Literacy Global Framework"
        : "DigComp 2.2";

    public static string FrameworkUrl(string code) => code.StartsWith("0.", StringComparison.Ordinal) ? GlobalFrameworkUrl : DigCompUrl;
}

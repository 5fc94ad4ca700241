namespace Dice.Lms.Domain.Organizations;

/// <summary>A civil-society organisation whose employees learn here.</summary>
public sealed class Organization
{
    public const int NameMaxLength = 200;
    public const int TextMaxLength = 500;

    public Organization(string name, string location, string sectors = "", string targetGroups = "")
    {
        Name = "";
        Location = "";
        Sectors = "";
        TargetGroups = "";
        Update(name, location, sectors, targetGroups);
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    /// <summary>Ulaanbaatar or an aimag, e.g. "Umnugobi": the report groups cohorts by it.</summary>
    public string Location { get; private set; }

    /// <summary>Free text, e.g. "education, child protection".</summary>
    public string Sectors { get; private set; }

    /// <summary>Free text, e.g. "women, herders, people with disabilities".</summary>
    public string TargetGroups { get; private set; }

    public void Update(string name, string location, string sectors, string targetGroups)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = Limit(name.Trim(), NameMaxLength, nameof(name));
        Location = Limit((location ?? "").Trim(), NameMaxLength, nameof(location));
        Sectors = Limit((sectors ?? "").Trim(), TextMaxLength, nameof(sectors));
        TargetGroups = Limit((targetGroups ?? "").Trim(), TextMaxLength, nameof(targetGroups));
    }

    private static string Limit(string value, int maxLength, string paramName) =>
        value.Length <= maxLength ? value : throw new ArgumentException($"At most {maxLength} characters.", paramName);
}

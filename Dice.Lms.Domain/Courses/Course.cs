using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Domain.Courses;

/// <summary>A course of one competence area. Its modules and their versions come from course content.</summary>
public sealed class Course
{
    public const int IdMaxLength = 100;

    public Course(string id, string areaId, string titleMn, string titleEn, string descriptionMn, string descriptionEn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        Id = id;
        AreaId = "";
        TitleMn = "";
        TitleEn = "";
        DescriptionMn = "";
        DescriptionEn = "";
        Describe(areaId, titleMn, titleEn, descriptionMn, descriptionEn);
    }

    public string Id { get; private set; }

    public string AreaId { get; private set; }

    public string TitleMn { get; private set; }

    public string TitleEn { get; private set; }

    public string DescriptionMn { get; private set; }

    public string DescriptionEn { get; private set; }

    public bool IsPublished { get; private set; } = true;

    public string Title(string language) => language == "en" ? TitleEn : TitleMn;

    public string Description(string language) => language == "en" ? DescriptionEn : DescriptionMn;

    public void Describe(string areaId, string titleMn, string titleEn, string descriptionMn, string descriptionEn)
    {
        if (CompetenceAreas.Find(areaId) is null)
        {
            throw new ArgumentException($"Unknown competence area '{areaId}'.", nameof(areaId));
        }

        ArgumentException.ThrowIfNullOrWhiteSpace(titleMn);
        ArgumentException.ThrowIfNullOrWhiteSpace(titleEn);
        AreaId = areaId;
        TitleMn = titleMn;
        TitleEn = titleEn;
        DescriptionMn = descriptionMn ?? "";
        DescriptionEn = descriptionEn ?? "";
    }

    public void Publish() => IsPublished = true;

    public void Unpublish() => IsPublished = false;
}

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

    public CompletionRule Completion { get; private set; } = CompletionRule.ModulesAndQuizzes;

    /// <summary>The demonstrated level in the course's area a learner must reach to complete it, if any.</summary>
    public ProficiencyLevel? MinLevel { get; private set; }

    /// <summary>Percent a learner needs on a quiz unless the quiz sets its own.</summary>
    public int PassMark { get; private set; } = 70;

    /// <summary>Staff's choice: a certificate is issued as soon as a learner completes the course.</summary>
    public bool IssuesCertificatesAutomatically { get; private set; }

    /// <summary>Where the course is kept: content/ (shipped) or the browser (trainers).</summary>
    public CourseSource Source { get; private set; } = CourseSource.Content;

    public string Title(string language) => language == Languages.English ? TitleEn : TitleMn;

    public string Description(string language) => language == Languages.English ? DescriptionEn : DescriptionMn;

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

    public void SetRules(CompletionRule completion, ProficiencyLevel? minLevel, int passMark)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(passMark);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(passMark, 100);
        Completion = completion;
        MinLevel = minLevel;
        PassMark = passMark;
    }

    public void IssueCertificatesAutomatically(bool automatically) => IssuesCertificatesAutomatically = automatically;

    /// <summary>A course created by a trainer in the browser: offered to learners once a module is published.</summary>
    public static Course CreateInBrowser(string id, string areaId, string titleMn, string titleEn, string descriptionMn, string descriptionEn)
    {
        var course = new Course(id, areaId, titleMn, titleEn, descriptionMn, descriptionEn)
        {
            Source = CourseSource.Browser,
            IsPublished = false,
        };
        return course;
    }

    /// <summary>The browser becomes the source of the course: `content import` then reports it instead of overwriting it.</summary>
    public void MarkEditedInBrowser() => Source = CourseSource.Browser;

    public void Publish() => IsPublished = true;

    public void Unpublish() => IsPublished = false;
}

namespace Dice.Lms.Domain.Courses;

public enum CourseSource
{
    /// <summary>Shipped in content/; `content import` keeps it up to date.</summary>
    Content = 0,

    /// <summary>Edited in the browser; `content import` never overwrites it silently.</summary>
    Browser = 1,
}

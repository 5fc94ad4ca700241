namespace Dice.Lms.Domain.Authoring;

/// <summary>The image formats modules may show.</summary>
public enum ImageFormat
{
    Unknown = 0,
    Png = 1,
    Jpeg = 2,
    WebP = 3,
}

namespace Dice.Lms.Infrastructure.Authoring;

public enum ImageProblem
{
    None,

    /// <summary>Not a decodable image of the format its bytes claim.</summary>
    NotAnImage,

    /// <summary>The header claims more pixels than <see cref="ImageCleaner.MaxPixels"/> or a side over <see cref="ImageCleaner.MaxSide"/>.</summary>
    TooManyPixels,
}

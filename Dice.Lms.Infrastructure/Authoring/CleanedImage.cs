namespace Dice.Lms.Infrastructure.Authoring;

/// <summary>The cleaned bytes, or the problem; the size the header claims either way (0 × 0 when it has none).</summary>
public sealed record CleanedImage(byte[]? Bytes, ImageProblem Problem, int Width, int Height);

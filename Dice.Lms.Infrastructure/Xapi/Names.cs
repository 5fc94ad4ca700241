namespace Dice.Lms.Infrastructure.Xapi;

/// <summary>A name in Mongolian and English, as an xAPI language map carries it.</summary>
public sealed record Names(string Mn, string En);

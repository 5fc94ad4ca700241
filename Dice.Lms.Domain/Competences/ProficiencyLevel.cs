namespace Dice.Lms.Domain.Competences;

/// <summary>The five proficiency levels of the DigComp-based framework; the value is the level's percentage.</summary>
public enum ProficiencyLevel
{
    None = 0,
    Beginner = 25,
    Intermediate = 50,
    Advanced = 75,
    Expert = 100,
}

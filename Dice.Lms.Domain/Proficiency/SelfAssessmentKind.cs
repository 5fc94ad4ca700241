namespace Dice.Lms.Domain.Proficiency;

public enum SelfAssessmentKind
{
    Baseline = 0,
    Final = 1,
}

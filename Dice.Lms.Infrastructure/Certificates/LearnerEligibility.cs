using Dice.Lms.Domain.Certificates;
using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Infrastructure.Certificates;

/// <summary>A learner's eligibility for a course's certificate and the level they have shown in its area.</summary>
public sealed record LearnerEligibility(Eligibility Eligibility, ProficiencyLevel Demonstrated)
{
    public bool IsEligible => Eligibility.IsEligible;
}

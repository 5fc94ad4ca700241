namespace Dice.Lms.Domain.Certificates;

/// <summary>Whether a learner completed a course, and if not, everything still missing.</summary>
public sealed record Eligibility(IReadOnlyList<MissingRequirement> Missing)
{
    public bool IsEligible => Missing.Count == 0;
}

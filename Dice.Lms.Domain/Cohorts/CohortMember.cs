namespace Dice.Lms.Domain.Cohorts;

public sealed class CohortMember
{
    public CohortMember(string learnerId, DateTime joinedAt)
    {
        LearnerId = learnerId;
        JoinedAt = joinedAt;
    }

    public int CohortId { get; private set; }

    public string LearnerId { get; private set; }

    public DateTime JoinedAt { get; private set; }
}

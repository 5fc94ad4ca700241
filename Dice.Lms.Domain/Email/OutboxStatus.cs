namespace Dice.Lms.Domain.Email;

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,

    /// <summary>Refused permanently (a 5xx answer or an invalid address): staff see it, nothing retries it.</summary>
    Failed = 2,
}

namespace Dice.Lms.Domain.Email;

public enum OutboxStatus
{
    Pending = 0,
    Sent = 1,

    /// <summary>Refused permanently (a 5xx answer or an invalid address): staff see it, nothing retries it.</summary>
    Failed = 2,

    /// <summary>
    /// The run delivering it stopped after handing it to the server, so it may or may not have arrived; never resent
    /// automatically. Staff see it and send it again only if the recipient did not get it.
    /// </summary>
    Unconfirmed = 3,
}

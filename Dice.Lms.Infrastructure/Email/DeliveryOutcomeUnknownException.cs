namespace Dice.Lms.Infrastructure.Email;

/// <summary>
/// Sending failed after the message had begun to go out, with no answer from the server: it may have taken the message
/// or not, so sending it again could deliver it twice.
/// </summary>
public sealed class DeliveryOutcomeUnknownException(Exception innerException)
    : Exception($"The connection failed after the message was handed to the server: {innerException.Message}", innerException);

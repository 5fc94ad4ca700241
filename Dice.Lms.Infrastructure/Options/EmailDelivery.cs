namespace Dice.Lms.Infrastructure.Options;

public enum EmailDelivery
{
    /// <summary>Writes each e-mail as an .eml file to a folder.</summary>
    Pickup,
    Smtp,
}

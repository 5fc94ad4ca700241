namespace Dice.Lms.Infrastructure.Options;

public sealed class SmtpOptions
{
    public string Host { get; set; } = "";

    /// <summary>0 picks the usual port for <see cref="Security"/>.</summary>
    public int Port { get; set; }

    public string UserName { get; set; } = "";

    public string Password { get; set; } = "";

    public SmtpSecurity Security { get; set; } = SmtpSecurity.Auto;
}

namespace Dice.Lms.Infrastructure.Options;

public enum SmtpSecurity
{
    None,
    StartTls,
    SslOnConnect,
    Auto,
}

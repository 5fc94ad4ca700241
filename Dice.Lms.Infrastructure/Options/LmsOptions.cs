using System.ComponentModel.DataAnnotations;

namespace Dice.Lms.Infrastructure.Options;

/// <summary>The "Lms" configuration section; keys and defaults as the operations contract fixes them.</summary>
public sealed class LmsOptions : IValidatableObject
{
    public const string Section = "Lms";

    public DatabaseOptions Database { get; set; } = new();

    public JobsOptions Jobs { get; set; } = new();

    public EmailOptions Email { get; set; } = new();

    public ContentOptions Content { get; set; } = new();

    public SecurityOptions Security { get; set; } = new();
    public CertificateOptions Certificates { get; set; } = new();

    public CredentialOptions Credentials { get; set; } = new();

    public XapiOptions Xapi { get; set; } = new();

    /// <summary>Absolute URL used in e-mails, QR codes and verification links.</summary>
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";

    /// <summary>IANA time zone every page, e-mail and certificate shows times in; stored times stay UTC.</summary>
    public string TimeZone { get; set; } = "Asia/Ulaanbaatar";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https"))
        {
            yield return new ValidationResult("Lms:PublicBaseUrl must be an absolute http or https URL.", [nameof(PublicBaseUrl)]);
        }

        if (string.IsNullOrWhiteSpace(TimeZone) || !TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Lms:TimeZone must be an IANA time zone id such as Asia/Ulaanbaatar; '{TimeZone}' is not known.", [nameof(TimeZone)]);
        }

        if (!Enum.IsDefined(Database.Provider))
        {
            yield return new ValidationResult("Lms:Database:Provider must be Sqlite, SqlServer or PostgreSql.", ["Database:Provider"]);
        }

        if (!Enum.IsDefined(Jobs.Storage))
        {
            yield return new ValidationResult("Lms:Jobs:Storage must be InMemory, SqlServer or PostgreSql.", ["Jobs:Storage"]);
        }

        if (Security.AccountPostsPerMinute < 1)
        {
            yield return new ValidationResult("Lms:Security:AccountPostsPerMinute must be at least 1.", ["Security:AccountPostsPerMinute"]);
        }

        if (Security.AuditRetentionDays is < 1 or > 3650)
        {
            yield return new ValidationResult("Lms:Security:AuditRetentionDays must be between 1 and 3650 days.", ["Security:AuditRetentionDays"]);
        }

        foreach (var result in Email.Validate().Concat(Certificates.Validate()).Concat(Credentials.Validate()).Concat(Xapi.Validate()))
        {
            yield return result;
        }
    }
}

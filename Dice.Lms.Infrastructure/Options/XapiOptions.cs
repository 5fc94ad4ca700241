using System.ComponentModel.DataAnnotations;

namespace Dice.Lms.Infrastructure.Options;

/// <summary>The "Lms:Xapi" section (docs/xapi.md): where learning records go. No endpoint, nothing queued or sent.</summary>
public sealed class XapiOptions
{
    public static readonly string[] Versions = ["1.0.3", "2.0.0"];

    /// <summary>The learning record store's base URL; statements go to its "statements" resource.</summary>
    public string? Endpoint { get; set; }

    public string? Username { get; set; }

    public string? Password { get; set; }

    /// <summary>The X-Experience-API-Version header: 1.0.3, or 2.0.0 for a store that speaks xAPI 2.0.</summary>
    public string Version { get; set; } = "1.0.3";

    /// <summary>Statements sent per job run; the rest wait for the next run (every minute).</summary>
    public int BatchSize { get; set; } = 200;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(Endpoint);

    /// <summary>The statements resource: the endpoint with a trailing slash, then "statements".</summary>
    public Uri StatementsUrl => new(Endpoint!.TrimEnd('/') + "/statements");

    public IEnumerable<ValidationResult> Validate()
    {
        if (IsEnabled && (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https")))
        {
            yield return new ValidationResult("Lms:Xapi:Endpoint must be an absolute http or https URL.", ["Xapi:Endpoint"]);
        }

        if (!Versions.Contains(Version))
        {
            yield return new ValidationResult("Lms:Xapi:Version must be 1.0.3 or 2.0.0.", ["Xapi:Version"]);
        }

        if (BatchSize < 1)
        {
            yield return new ValidationResult("Lms:Xapi:BatchSize must be at least 1.", ["Xapi:BatchSize"]);
        }
    }
}

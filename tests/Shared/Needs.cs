// Shared by every test project (linked from tests/Directory.Build.props).
namespace Dice.Lms.Tests;

/// <summary>
/// NUnit categories for tests that need more than this process: `scripts/test.sh --fast` leaves them out, so the quick
/// loop needs no server, browser or second process; `scripts/test.sh` runs them all.
/// </summary>
public static class Needs
{
    /// <summary>Starts another process: the site's command line, an SMTP server, a QR code reader.</summary>
    public const string Process = "Process";

    /// <summary>Drives a real Chromium.</summary>
    public const string Browser = "Browser";
}

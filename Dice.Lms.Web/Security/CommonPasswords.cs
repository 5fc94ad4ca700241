using System.IO.Compression;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Security;

/// <summary>
/// Refuses a password found on the lists attackers try first (NIST SP 800-63B 3.1.1.2; OWASP ASVS 5.0 6.2.4): about
/// 144,000 common and breached passwords shipped with the site (SecLists, see THIRD-PARTY-NOTICES.md), compared without
/// regard to case. Identity runs it with
/// the length rule on every new password: sign-up, reset, change and the command line.
/// </summary>
public sealed class CommonPasswords(IStringLocalizer<SharedResource> text) : IPasswordValidator<LmsUser>
{
    // Read once, on the first password checked: about 12 MB in memory for the life of the process.
    private static readonly Lazy<HashSet<string>> List = new(Read);

    public static int Count => List.Value.Count;

    public Task<IdentityResult> ValidateAsync(UserManager<LmsUser> manager, LmsUser user, string? password) =>
        Task.FromResult(password is not null && List.Value.Contains(password.Trim())
            ? IdentityResult.Failed(new IdentityError { Code = "PasswordTooCommon", Description = text["Identity.PasswordTooCommon"].Value })
            : IdentityResult.Success);

    private static HashSet<string> Read()
    {
        using var resource = typeof(CommonPasswords).Assembly.GetManifestResourceStream("common-passwords.txt.gz")
            ?? throw new InvalidOperationException("common-passwords.txt.gz is missing from the build");
        using var reader = new StreamReader(new GZipStream(resource, CompressionMode.Decompress));
        var passwords = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            passwords.Add(line);
        }

        return passwords;
    }
}

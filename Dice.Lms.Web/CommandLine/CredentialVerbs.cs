namespace Dice.Lms.Web.CommandLine;

/// <summary>Command line: `credentials rotate-key`.</summary>
internal static class CredentialVerbs
{
    internal static Task<int> RotateCredentialKeyAsync(IServiceProvider services, TextWriter output)
    {
        var keyId = services.GetRequiredService<Dice.Lms.Infrastructure.Credentials.CredentialKeys>().Rotate();
        output.WriteLine(services.GetRequiredService<Dice.Lms.Infrastructure.Credentials.CredentialSigner>().KeyUrl(keyId));
        return Task.FromResult(0);
    }
}

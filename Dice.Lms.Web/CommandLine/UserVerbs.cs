using Dice.Lms.Infrastructure.Accounts;

namespace Dice.Lms.Web.CommandLine;

/// <summary>Command line: `users create`.</summary>
internal static class UserVerbs
{
    internal static async Task<int> CreateUserAsync(IServiceProvider services, VerbOptions options, TextWriter output)
    {
        var request = new AccountRequest(
            options.Required("email"),
            options.Required("name"),
            options.Required("role"),
            options.Get("password"),
            options.Get("organization"),
            options.Get("cohort"),
            EmailConfirmed: true);
        var result = await services.GetRequiredService<UserAccounts>().CreateOrUpdateAsync(request);
        if (!result.Succeeded)
        {
            throw new CommandLineException(string.Join(Environment.NewLine, result.Errors));
        }

        await output.WriteLineAsync($"{(result.Created ? "created" : "updated")} {request.Email} ({request.Role})");
        return 0;
    }
}

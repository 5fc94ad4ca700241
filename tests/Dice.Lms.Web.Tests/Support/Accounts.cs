using System.Net;
using Dice.Lms.Infrastructure.Accounts;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests.Support;

public static class Accounts
{
    public const string Password = "correct horse battery";

    /// <summary>Creates a confirmed user with a role straight through the account service.</summary>
    public static async Task<AccountResult> CreateUserAsync(this LmsWebFactory factory, string email, string role, string? cohort = null,
        string? organization = null, string fullName = "Test User")
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
            .CreateOrUpdateAsync(new AccountRequest(email, fullName, role, Password, organization, cohort, EmailConfirmed: true));
        Assert.That(result.Errors, Is.Empty);
        return result;
    }

    /// <summary>A client (cookies kept, redirects not followed) signed in through the sign-in form.</summary>
    public static async Task<HttpClient> SignedInClientAsync(this LmsWebFactory factory, string email, string password = Password)
    {
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var response = await client.SubmitFormAsync("/account/sign-in", "/account/sign-in",
            new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Redirect), await response.Content.ReadAsStringAsync());
        return client;
    }

    /// <summary>A fresh user of the role, signed in.</summary>
    public static async Task<HttpClient> ClientForRoleAsync(this LmsWebFactory factory, string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await factory.CreateUserAsync(email, role);
        return await factory.SignedInClientAsync(email);
    }
}

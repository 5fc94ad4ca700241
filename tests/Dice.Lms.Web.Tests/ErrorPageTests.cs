using System.Net;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

public sealed class ErrorPageTests
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = new LmsWebFactory();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task AnUnexpectedErrorShowsALocalizedPageWithoutDetails()
    {
        // A route that fails, added behind the site's own pipeline so its exception handler sees the failure.
        using var failing = _factory.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.AddTransient<IStartupFilter, FailingRoute>()));
        var response = await failing.CreateClient().GetAsync("/test-failure");
        var html = await response.Content.ReadAsStringAsync();

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.InternalServerError));
        Assert.That(html, Does.Contain("Серверийн алдаа"));
        Assert.That(html, Does.Not.Contain("secret detail").And.Not.Contain("InvalidOperationException").And.Not.Contain("   at "));
    }

    [Test]
    public async Task OutsideDevelopmentThereAreNoDemoAccounts()
    {
        await _factory.CreateClient().GetAsync("/");
        await using var scope = _factory.Services.CreateAsyncScope();

        Assert.That(await scope.ServiceProvider.GetRequiredService<LmsDbContext>().Users.AnyAsync(u => u.Email!.EndsWith("@example.org") && u.Email.StartsWith("admin@")), Is.False);
    }

    [Test]
    public async Task TheLanguageAUserChoseFollowsThemToANewBrowser()
    {
        var email = $"english-{Guid.NewGuid():N}@example.org";
        var created = await _factory.CreateUserAsync(email, Roles.Learner);
        await using (var scope = _factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LmsUser>>();
            var user = await users.FindByIdAsync(created.User!.Id);
            user!.PreferredLanguage = "en";
            await users.UpdateAsync(user);
        }

        var client = await _factory.SignedInClientAsync(email);
        var page = await client.GetStringAsync("/");

        Assert.That(page, Does.Contain("<html lang=\"en\""));
    }

    private sealed class FailingRoute : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/test-failure", branch => branch.Run(_ => throw new InvalidOperationException("secret detail")));
        };
    }
}

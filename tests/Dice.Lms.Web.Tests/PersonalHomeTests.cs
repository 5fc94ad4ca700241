using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Web.Tests.Support;

namespace Dice.Lms.Web.Tests;

/// <summary>After signing in a learner's home is their own: where to continue, their courses, the baseline prompt.</summary>
public sealed class PersonalHomeTests
{
    private LmsWebFactory _factory = null!;

    [OneTimeSetUp]
    public void Start() => _factory = LmsWebFactory.WithShippedContent();

    [OneTimeTearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task AVisitorSeesOneSignUpActionAndAreasThatLeadToTheCatalogue()
    {
        var home = await _factory.CreateClient().GetPageAsync("/");

        Assert.That(home.QuerySelectorAll("main a.button.primary").Select(a => a.GetAttribute("href")), Is.EqualTo(new[] { "/account/sign-up" }));
        var areas = home.QuerySelectorAll(".areas a.area").Select(a => a.GetAttribute("href")).ToList();
        Assert.That(areas, Has.Count.EqualTo(6).And.All.StartsWith("/courses#area-"));
        var catalogue = await _factory.CreateClient().GetPageAsync("/courses");
        Assert.That(areas.Select(a => a!.Split('#')[1]), Is.All.Matches<string>(id => catalogue.GetElementById(id) is not null), "every area box leads to its heading");
    }

    [TestCase("/courses/safety", "/courses/safety")]
    [TestCase("https://evil.example/phish", null)]
    public async Task SigningUpFromACourseLeadsBackToItAfterSignIn(string returnUrl, string? kept)
    {
        var visitor = _factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        if (kept is not null)
        {
            var course = await visitor.GetPageAsync(returnUrl);
            Assert.That(course.QuerySelector("main a.button.primary")?.GetAttribute("href"), Is.EqualTo($"/account/sign-up?returnUrl={returnUrl}"));
        }

        var email = $"returning-{Guid.NewGuid():N}@example.org";
        var sent = await visitor.SubmitFormAsync($"/account/sign-up?returnUrl={Uri.EscapeDataString(returnUrl)}", "/account/sign-up",
            new Dictionary<string, string> { ["FullName"] = "Буян Тэмүүлэн", ["Email"] = email, ["Password"] = "correct horse battery" });
        var signIn = Browserless.Parse(await sent.Content.ReadAsStringAsync()).QuerySelector("main a.button.primary")?.GetAttribute("href");

        Assert.That(signIn, Is.EqualTo(kept is null ? "/account/sign-in" : "/account/sign-in?returnUrl=" + Uri.EscapeDataString(kept)), "only a local page is kept");
    }

    [Test]
    public async Task ALearnerContinuesWhereTheyLeftOffAndIsAskedForTheBaseline()
    {
        var client = await _factory.ClientForRoleAsync(Roles.Learner);
        var empty = await client.GetPageAsync("/");
        Assert.That(empty.QuerySelector("#my-courses"), Is.Not.Null);
        Assert.That(empty.QuerySelector(".continue"), Is.Null, "nothing to continue yet");

        await client.SubmitFormAsync("/courses/safety", "/courses/safety/enrol", new Dictionary<string, string>());
        await client.GetPageAsync("/courses/safety/modules/strong-passwords");
        var home = await client.GetPageAsync("/");

        Assert.That(home.QuerySelector(".continue a.button.primary")?.GetAttribute("href"), Is.EqualTo("/courses/safety/modules/strong-passwords"));
        Assert.That(home.QuerySelector(".my-course a")?.GetAttribute("href"), Is.EqualTo("/courses/safety"));
        Assert.That(home.QuerySelector(".my-course")?.TextContent, Does.Contain("Дуусгасан модуль: 0/"));
        Assert.That(home.QuerySelector("a[href='/self-assessment']"), Is.Not.Null, "the baseline prompt until it is done");
        Assert.That(home.QuerySelector("main")!.TextContent, Does.Not.Contain("{0}").And.Not.Contain("Home.Mine"));
    }
}

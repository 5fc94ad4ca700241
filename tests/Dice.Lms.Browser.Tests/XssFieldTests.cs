using System.Text.RegularExpressions;
using Dice.Lms.Domain.Cohorts;
using Dice.Lms.Domain.Organizations;
using Dice.Lms.Domain.Quizzes;
using Dice.Lms.Infrastructure.Accounts;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Dice.Lms.Browser.Tests;

/// <summary>
/// Every XSS payload as a learner's name, an organisation's fields and a quiz's text, on the pages that show them, in
/// Chromium with scripts on and the site's Content-Security-Policy bypassed, so that only the escaping stands between a
/// payload and a running script.
/// </summary>
public sealed class XssFieldTests
{
    private const string EmailDomain = "xss.example.org";
    private const string Password = "xss-password-2026";
    private const string QuizCourseId = "xss-quiz-text";
    private const string NamesCourseId = "safety";

    // alert, confirm, prompt and print push to window.__xss instead, before any script of the page runs.
    private const string Trap = "window.__xss = []; for (const f of ['alert', 'confirm', 'prompt', 'print']) window[f] = (...a) => window.__xss.push(f + ':' + a.join(','));";

    // Hover and focus every element, for payloads waiting on onmouseover / onfocus; then let queued tasks run.
    private const string Provoke = """
        async () => {
            for (const e of document.querySelectorAll('body *')) {
                e.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
                e.dispatchEvent(new MouseEvent('mouseenter'));
                if (e.focus) e.focus();
            }
            await new Promise(r => requestAnimationFrame(() => setTimeout(r)));
        }
        """;

    // What an escaped payload can never produce: event-handler attributes, foreign scripts and frames, script URLs.
    private const string Injected = """
        () => {
            const found = [];
            const urls = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcset'];
            for (const e of document.querySelectorAll('*')) {
                for (const a of e.attributes) {
                    if (a.name.startsWith('on') || a.name === 'srcdoc') found.push(`${e.tagName} ${a.name}=${a.value.slice(0, 80)}`);
                    if (urls.includes(a.name) && /^(javascript|data|vbscript):/.test(a.value.replace(/[\u0000-\u0020]/g, '').toLowerCase())) {
                        found.push(`${e.tagName} ${a.name}=${a.value.slice(0, 80)}`);
                    }
                }
            }
            for (const e of document.querySelectorAll('script, iframe, frame, object, embed, base, meta[http-equiv], link[rel=import]')) {
                if (!(e.tagName === 'SCRIPT' && e.src.startsWith(location.origin + '/js/'))) found.push(e.outerHTML.slice(0, 120));
            }
            return found;
        }
        """;

    [Test]
    public async Task PayloadsInNamesAndOrganisationFieldsNeverRun()
    {
        var (cohortId, organizationIds, learners) = await AddPayloadPeopleAsync();
        try
        {
            var page = await XssPageAsync();
            await AccessibilityTests.SignInAsync(page, "admin@example.org");
            // The cohort's member list shows every name, as text.
            await AssertNothingRunsAsync(page, $"/staff/cohorts/{cohortId}");
            Assert.That(await page.Locator("table[aria-labelledby=members] tbody tr").CountAsync(), Is.EqualTo(learners));
            var scriptName = XssPayloads.Handwritten.First(p => p.StartsWith("<script", StringComparison.OrdinalIgnoreCase) && !p.Contains('\n'));
            Assert.That(await page.Locator("td", new() { HasText = scriptName }).CountAsync(), Is.GreaterThan(0), "a <script> payload shows as text");

            var pages = new List<string>
            {
                "/staff/cohorts",
                $"/staff/cohorts/{cohortId}/edit",
                "/staff/organizations",
                $"/staff/certificates/{cohortId}/{NamesCourseId}",
                "/staff/proficiency",
            };
            pages.AddRange(Enumerable.Range(1, (learners + 49) / 50).Select(n => $"/admin/users?q={EmailDomain}&page={n}"));
            // Organisation forms put the fields in attributes: those of the payloads made to break out of one.
            pages.AddRange(organizationIds.Where(o => o.Name.IndexOfAny(['"', '\'', '<', '`']) >= 0).Take(25).Select(o => $"/staff/organizations/{o.Id}"));
            foreach (var path in pages)
            {
                await AssertNothingRunsAsync(page, path);
            }

            await page.Context.CloseAsync();

            // The organisation list of the sign-up form, as anyone sees it.
            var visitor = await XssPageAsync();
            await AssertNothingRunsAsync(visitor, "/account/sign-up");
            Assert.That(await visitor.Locator("#OrganizationId option").CountAsync(), Is.GreaterThanOrEqualTo(organizationIds.Count));
            await visitor.Context.CloseAsync();
        }
        finally
        {
            await RemovePayloadPeopleAsync(cohortId, organizationIds.Select(o => o.Id).ToList());
        }
    }

    [Test]
    public async Task PayloadsInQuizQuestionsOptionsAndFeedbackNeverRun()
    {
        var questions = await ImportPayloadQuizAsync();
        Assert.That(questions, Is.GreaterThanOrEqualTo(300));

        // A learner whose own name is a payload takes the quiz and reviews it.
        var name = Fit(XssPayloads.Handwritten.First(p => p.Contains("<script", StringComparison.OrdinalIgnoreCase)), LmsUser.FullNameMaxLength)!;
        var email = $"quiz-taker@{EmailDomain}";
        await using (var scope = SiteUnderTest.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
            var cohort = new Cohort("XSS quiz cohort", null, null, null, JoinCodes.New());
            cohort.AssignCourses([QuizCourseId]);
            db.Cohorts.Add(cohort);
            await db.SaveChangesAsync();
            var account = await scope.ServiceProvider.GetRequiredService<UserAccounts>()
                .CreateOrUpdateAsync(new AccountRequest(email, name, "learner", Password, null, cohort.Name, EmailConfirmed: true));
            Assert.That(account.Errors, Is.Empty);
        }

        var page = await XssPageAsync();
        await page.GotoAsync(SiteUnderTest.BaseUrl + "/account/sign-in");
        await page.FillAsync("#Email", email);
        await page.FillAsync("#Password", Password);
        await page.ClickAsync("button.primary");
        await page.WaitForURLAsync(SiteUnderTest.BaseUrl + "/");
        var quiz = $"/courses/{QuizCourseId}/modules/xss-quiz/quiz";
        await AssertNothingRunsAsync(page, quiz);
        await page.ClickAsync("form[action$='/quiz/start'] button");
        // A click returns once the next page starts arriving; a form of 600 questions is counted after its load event.
        await page.WaitForURLAsync(new Regex(@"/attempts/\d+$"), new() { WaitUntil = WaitUntilState.Load });
        Assert.That(await page.Locator("fieldset.question").CountAsync(), Is.EqualTo(questions));
        await AssertNothingRunsAsync(page, page.Url);

        // Every choice ticked, so the review shows every option's text and feedback.
        await page.EvaluateAsync("() => { for (const e of document.querySelectorAll('input[type=radio], input[type=checkbox]')) e.checked = true; }");
        await page.ClickAsync("button[value=submit]");
        await page.WaitForURLAsync(new Regex("/review$"), new() { WaitUntil = WaitUntilState.Load });
        Assert.That(await page.Locator("p.feedback").CountAsync(), Is.GreaterThanOrEqualTo(questions));
        await AssertNothingRunsAsync(page, page.Url);

        // The learner's own pages.
        foreach (var path in new[] { "/", "/my/levels", "/my/certificates", "/account/data", $"/courses/{QuizCourseId}", quiz })
        {
            await AssertNothingRunsAsync(page, path);
        }

        await page.Context.CloseAsync();
    }

    /// <summary>A page that fails on any dialog, with the trap installed and the CSP bypassed.</summary>
    private static async Task<IPage> XssPageAsync()
    {
        var page = await PageChecks.NewPageAsync(bypassCsp: true);
        await page.Context.AddInitScriptAsync(Trap);
        page.Dialog += async (_, dialog) =>
        {
            await dialog.DismissAsync();
            Assert.Fail($"a {dialog.Type} dialog opened on {page.Url}: {dialog.Message}");
        };
        return page;
    }

    private static async Task AssertNothingRunsAsync(IPage page, string pathOrUrl)
    {
        var response = await page.GotoAsync(pathOrUrl.StartsWith("http", StringComparison.Ordinal) ? pathOrUrl : SiteUnderTest.BaseUrl + pathOrUrl);
        Assert.That(response!.Status, Is.EqualTo(200), pathOrUrl);
        await page.EvaluateAsync(Provoke);
        Assert.That(await page.EvaluateAsync<string[]>("() => window.__xss"), Is.Empty, $"trap functions called on {pathOrUrl}");
        Assert.That(await page.EvaluateAsync<string[]>(Injected), Is.Empty, $"injected markup on {pathOrUrl}");
    }

    /// <summary>An organisation per payload (every field a payload) and a learner per payload in one cohort, straight into the database.</summary>
    private static async Task<(int CohortId, List<(int Id, string Name)> Organizations, int Learners)> AddPayloadPeopleAsync()
    {
        await using var scope = SiteUnderTest.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var payloads = XssPayloads.All;
        var taken = (await db.Organizations.Select(o => o.Name).ToListAsync()).ToHashSet(StringComparer.Ordinal);
        var organizations = new List<Organization>();
        for (var i = 0; i < payloads.Count; i++)
        {
            // Names are unique: a payload cut to the length limit may equal another one.
            if (Fit(payloads[i], Organization.NameMaxLength) is { } name && taken.Add(name))
            {
                var next = payloads[(i + 1) % payloads.Count];
                organizations.Add(new Organization(name, Fit(next, Organization.NameMaxLength) ?? "", Fit(next, Organization.TextMaxLength) ?? "",
                    Fit(payloads[(i + 2) % payloads.Count], Organization.TextMaxLength) ?? ""));
            }
        }

        db.Organizations.AddRange(organizations);
        await db.SaveChangesAsync();
        Assert.That(organizations, Has.Count.GreaterThanOrEqualTo(300));

        var cohort = new Cohort("XSS names cohort", organizations[0].Id, null, null, JoinCodes.New());
        cohort.AssignCourses([NamesCourseId]);
        var now = DateTime.UtcNow;
        var learners = 0;
        for (var i = 0; i < payloads.Count; i++)
        {
            if (Fit(payloads[i], LmsUser.FullNameMaxLength) is not { } name)
            {
                continue;
            }

            var email = $"learner-{i}@{EmailDomain}";
            var user = new LmsUser
            {
                UserName = email,
                NormalizedUserName = email.ToUpperInvariant(),
                Email = email,
                NormalizedEmail = email.ToUpperInvariant(),
                EmailConfirmed = true,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                FullName = name,
                OrganizationId = organizations[i % organizations.Count].Id,
                CreatedAt = now,
            };
            db.Users.Add(user);
            cohort.AddMember(user.Id, now);
            learners++;
        }

        db.Cohorts.Add(cohort);
        await db.SaveChangesAsync();
        Assert.That(learners, Is.GreaterThanOrEqualTo(300));
        return (cohort.Id, organizations.Select(o => (o.Id, o.Name)).ToList(), learners);
    }

    /// <summary>Takes the payload people out again: other tests' pages (and their axe checks) list every organisation and user.</summary>
    private static async Task RemovePayloadPeopleAsync(int cohortId, List<int> organizationIds)
    {
        await using var scope = SiteUnderTest.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var cohort = await db.Cohorts.Include(c => c.Members).Include(c => c.Courses).SingleAsync(c => c.Id == cohortId);
        db.Cohorts.Remove(cohort);
        await db.SaveChangesAsync();
        await db.Users.Where(u => u.Email!.EndsWith("@" + EmailDomain) && u.Email.StartsWith("learner-")).ExecuteDeleteAsync();
        await db.Organizations.Where(o => organizationIds.Contains(o.Id)).ExecuteDeleteAsync();
    }

    /// <summary>
    /// Imports a course whose one module's quiz has a question per payload: the payload is the question, its options, their
    /// feedback and the general feedback. Payloads the quiz syntax cannot hold on one line are left out.
    /// </summary>
    private static async Task<int> ImportPayloadQuizAsync()
    {
        var blocks = new List<string>();
        foreach (var payload in XssPayloads.All)
        {
            var line = payload.ReplaceLineEndings(" ").Trim();
            if (line.Contains("```", StringComparison.Ordinal) || line.Contains("~~~", StringComparison.Ordinal))
            {
                continue;
            }

            // Each payload goes to one of the five places in turn (the question, the right option, its feedback, the
            // wrong option's feedback, the question's feedback), so every place meets a fifth of them and the module
            // stays under the site's limit on a module's text (docs/authoring.md).
            var n = blocks.Count;
            string At(int place) => n % 5 == place ? line : $"ordinary {place} {n}";
            var block = $"## {At(0)}\n- [x] {At(1)} :: {At(2)}\n- [ ] ordinary option {n} :: {At(3)}\n> {At(4)}";
            if (QuizSyntax.Parse(block.Split('\n'), 1) is { Errors.Count: 0, Quiz.Questions.Count: 1 })
            {
                blocks.Add(block);
            }
        }

        var module = $"""
            ---
            id: xss-quiz
            title: TITLE
            level: beginner
            competences: ["4.1"]
            minutes: 5
            objectives:
              - Nothing in a quiz runs as a script
            reviewed: 2026-12-01
            sources: ["support.google.com"]
            ---

            Every question, option and feedback of this quiz is an XSS payload.

            ```quiz
            {string.Join("\n\n", blocks)}
            ```

            """;
        await TestContent.ImportCourseAsync(QuizCourseId, new Dictionary<string, string>
        {
            ["course.yml"] = """
                id: xss-quiz-text
                area: safety
                title:
                  mn: XSS асуулт
                  en: XSS quiz text
                description:
                  mn: Тест.
                  en: A test.
                completion: modules-and-quizzes
                pass-mark: 70
                """,
            ["01-xss-quiz.mn.md"] = module.Replace("TITLE", "XSS асуулт", StringComparison.Ordinal),
            ["01-xss-quiz.en.md"] = module.Replace("TITLE", "XSS quiz", StringComparison.Ordinal),
        });
        return blocks.Count;
    }

    /// <summary>The payload trimmed and cut to a field's length limit (never inside a surrogate pair); null when nothing is left.</summary>
    private static string? Fit(string payload, int maxLength)
    {
        var value = payload.Trim();
        if (value.Length > maxLength)
        {
            value = value[..(char.IsHighSurrogate(value[maxLength - 1]) ? maxLength - 1 : maxLength)].Trim();
        }

        return string.IsNullOrWhiteSpace(value) ? null : value;
    }
}

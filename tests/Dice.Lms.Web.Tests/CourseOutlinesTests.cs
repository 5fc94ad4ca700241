using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Data;
using Dice.Lms.Web.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Dice.Lms.Web.Tests;

/// <summary>Course outlines kept in memory by lesson and quiz pages, against the site's real SQLite file and shipped courses.</summary>
public sealed class CourseOutlinesTests
{
    private const string Course = "safety";
    private LmsWebFactory _factory = null!;

    [SetUp]
    public void Start() => _factory = LmsWebFactory.WithShippedContent();

    [TearDown]
    public void Stop() => _factory.Dispose();

    [Test]
    public async Task AChangeToACourseSavedByThisProcessShowsAtOnce()
    {
        var outlines = _factory.Services.GetRequiredService<CourseOutlines>();
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var before = (await outlines.GetPublishedAsync(db, Course))!;

        var module = await db.Modules.SingleAsync(m => m.Id == before.Modules[0].Id);
        module.Archive(DateTime.UtcNow);
        await db.SaveChangesAsync();
        var afterArchive = (await outlines.GetPublishedAsync(db, Course))!;

        var course = await db.Courses.SingleAsync(c => c.Id == Course);
        course.Unpublish();
        await db.SaveChangesAsync();

        Assert.That(afterArchive.Modules.Select(m => m.Id), Is.EqualTo(before.Modules.Skip(1).Select(m => m.Id)), "the archived module left at once");
        Assert.That(await outlines.GetPublishedAsync(db, Course), Is.Null, "an unpublished course has no outline");
    }

    [Test]
    public async Task ASaveThatChangesNoCourseKeepsTheOutlines()
    {
        var outlines = _factory.Services.GetRequiredService<CourseOutlines>();
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var before = await outlines.GetPublishedAsync(db, Course);

        // A course and a module tracked but unchanged, as a page that reads them and saves something else.
        await db.Courses.SingleAsync(c => c.Id == Course);
        await db.Modules.FirstAsync(m => m.CourseId == Course);
        db.Organizations.Add(new Dice.Lms.Domain.Organizations.Organization("Outline test CSO", "Ulaanbaatar"));
        await db.SaveChangesAsync();

        Assert.That(await outlines.GetPublishedAsync(db, Course), Is.SameAs(before));
    }

    [Test]
    public async Task AChangeMadeElsewhereShowsWithinMaxAge()
    {
        var clock = new ManualClock();
        var outlines = new CourseOutlines(clock);
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();
        var before = (await outlines.GetPublishedAsync(db, Course))!;

        // Another server or a command-line verb: straight SQL, which no interceptor of this process sees.
        await db.Database.ExecuteSqlRawAsync("UPDATE Modules SET Position = -Position WHERE CourseId = {0}", Course);
        clock.Advance(CourseOutlines.MaxAge - TimeSpan.FromSeconds(1));
        var soon = (await outlines.GetPublishedAsync(db, Course))!;
        clock.Advance(TimeSpan.FromSeconds(1));
        var later = (await outlines.GetPublishedAsync(db, Course))!;

        Assert.That(soon, Is.SameAs(before), "read at most every MaxAge");
        Assert.That(later.Modules.Select(m => m.Id), Is.EqualTo(before.Modules.Select(m => m.Id).Reverse()), "the new order");
    }

    [Test]
    public async Task AnUnknownCourseHasNoOutline()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<LmsDbContext>();

        Assert.That(await _factory.Services.GetRequiredService<CourseOutlines>().GetPublishedAsync(db, "no-such-course"), Is.Null);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 3, 12, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}

using Dice.Lms.Domain.Courses;
using Dice.Lms.Infrastructure.Content;
using Dice.Lms.Infrastructure.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace Dice.Lms.Infrastructure.Tests.Content;

/// <summary>Imports into a real SQLite file, as the site does at start and `content import` does on demand.</summary>
public sealed class ContentImportTests
{
    private string _file = null!;
    private TempContent _content = null!;

    [SetUp]
    public async Task CreateDatabase()
    {
        _file = Path.Combine(Path.GetTempPath(), $"dice-import-{Guid.NewGuid():N}.db");
        await using var db = NewContext();
        await db.Database.MigrateAsync();
        _content = TempContent.FromSamples();
        // A second module, so that one can be removed.
        foreach (var language in new[] { "en", "mn" })
        {
            _content.Write($"safety/02-second.{language}.md", _content.Read($"safety/01-strong-passwords.{language}.md").Replace("id: strong-passwords", "id: second-module"));
        }
    }

    [TearDown]
    public void Delete()
    {
        _content.Dispose();
        SqliteConnection.ClearAllPools();
        File.Delete(_file);
    }

    [Test]
    public async Task ImportingUnchangedContentTwiceChangesNothing()
    {
        var first = await ImportAsync();
        var second = await ImportAsync();

        Assert.That(first.VersionsAdded, Is.EqualTo(2));
        Assert.That(second.VersionsAdded, Is.Zero);
        await using var db = NewContext();
        Assert.That(await db.ModuleVersions.CountAsync(), Is.EqualTo(2));
        Assert.That(await db.Modules.CountAsync(m => m.CurrentVersionId != null), Is.EqualTo(2));
        Assert.That(await db.ModuleAssets.CountAsync(), Is.EqualTo(1), "the image is stored once by hash");
    }

    [Test]
    public async Task AChangedModuleGetsANewVersionWhileProgressKeepsItsVersion()
    {
        await ImportAsync();
        int firstVersion;
        await using (var db = NewContext())
        {
            firstVersion = (await db.Modules.SingleAsync(m => m.Id == "strong-passwords")).CurrentVersionId!.Value;
            var user = new Identity.LmsUser { UserName = "a@example.org", Email = "a@example.org", FullName = "A" };
            db.Users.Add(user);
            var progress = new ModuleProgress(user.Id, "strong-passwords", firstVersion, DateTime.UtcNow);
            progress.Complete(firstVersion, DateTime.UtcNow);
            db.ModuleProgress.Add(progress);
            await db.SaveChangesAsync();
        }

        _content.Write(TempContent.English, _content.Read(TempContent.English) + "\nOne more paragraph.\n");
        var report = await ImportAsync();

        Assert.That(report.VersionsAdded, Is.EqualTo(1));
        await using var check = NewContext();
        var module = await check.Modules.Include(m => m.Versions).SingleAsync(m => m.Id == "strong-passwords");
        Assert.That(module.Versions.Select(v => v.Number), Is.EquivalentTo(new[] { 1, 2 }));
        Assert.That(module.CurrentVersionId, Is.Not.EqualTo(firstVersion));
        Assert.That((await check.ModuleProgress.SingleAsync()).VersionId, Is.EqualTo(firstVersion));
        Assert.That(module.Versions.Single(v => v.Number == 2).Text("en")!.Markdown, Does.Contain("One more paragraph."));
    }

    [Test]
    public async Task ARemovedModuleIsArchivedNotDeleted()
    {
        await ImportAsync();
        _content.Delete("safety/02-second.en.md");
        _content.Delete("safety/02-second.mn.md");

        var report = await ImportAsync();

        Assert.That(report.ModulesArchived, Is.EqualTo(1));
        await using var db = NewContext();
        var module = await db.Modules.Include(m => m.Versions).SingleAsync(m => m.Id == "second-module");
        Assert.That(module.IsArchived, Is.True);
        Assert.That(module.Versions, Has.Count.EqualTo(1));
    }

    [Test]
    public async Task ACourseWithErrorsIsRefusedWholeAndKeepsItsLastGoodVersion()
    {
        await ImportAsync();
        _content.Replace(TempContent.English, "level: beginner", "level: wizard");
        _content.Write("safety/02-second.en.md", _content.Read("safety/02-second.en.md") + "\nChanged too.\n");

        var report = await ImportAsync();

        Assert.That(report.Refused, Is.EqualTo(new[] { "digital-safety" }));
        Assert.That(report.VersionsAdded, Is.Zero, "nothing of the broken course changes, not even its good module");
        Assert.That(report.Problems.Where(p => p.IsError).Select(p => p.Path), Does.Contain(TempContent.English));
        await using var db = NewContext();
        Assert.That(await db.ModuleVersions.CountAsync(), Is.EqualTo(2));
        Assert.That((await db.Courses.SingleAsync()).IsPublished, Is.True);
    }

    [Test]
    public async Task ACourseEditedInTheBrowserIsNotOverwritten()
    {
        await ImportAsync();
        await using (var db = NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE Courses SET Source = 1");
        }

        _content.Write(TempContent.English, _content.Read(TempContent.English) + "\nFrom content.\n");
        var report = await ImportAsync();

        Assert.That(report.Conflicts, Is.EqualTo(new[] { "digital-safety" }));
        Assert.That(report.VersionsAdded, Is.Zero);
    }

    [Test]
    public async Task TheCatalogueListsCurrentModulesInTheContractShape()
    {
        await ImportAsync();
        await using var db = NewContext();

        var json = ContentCatalogJson.Write(await Catalog.ReadAsync(db, new ModuleVersionCache()));

        using var document = System.Text.Json.JsonDocument.Parse(json);
        var course = document.RootElement.GetProperty("courses")[0];
        Assert.That(course.GetProperty("id").GetString(), Is.EqualTo("digital-safety"));
        Assert.That(course.GetProperty("area").GetString(), Is.EqualTo("safety"));
        var module = course.GetProperty("modules")[0];
        Assert.That(module.GetProperty("id").GetString(), Is.EqualTo("strong-passwords"));
        Assert.That(module.GetProperty("languages").EnumerateArray().Select(l => l.GetString()), Is.EqualTo(new[] { "en", "mn" }));
        Assert.That(module.GetProperty("questions").GetInt32(), Is.GreaterThan(0));
        Assert.That(module.GetProperty("words").GetProperty("mn").GetInt32(), Is.GreaterThan(0));
    }

    [Test]
    public async Task AVersionKeepsWhenItsFactsWereReviewedAndAgainstWhat()
    {
        await ImportAsync();
        await using var db = NewContext();
        var module = await db.Modules.SingleAsync(m => m.Id == "strong-passwords");
        var version = await db.ModuleVersions.SingleAsync(v => v.Id == module.CurrentVersionId);
        var text = version.Text("en")!;
        Assert.Multiple(() =>
        {
            Assert.That(text.Reviewed, Is.EqualTo(new DateOnly(2026, 12, 1)));
            Assert.That(text.SourceList, Is.EqualTo(new[] { "Google Account Help, \"Turn on 2-Step Verification\", support.google.com" }));
            // The editor and a course export write the published version back as a file: both keys come back.
            Assert.That(ContentFiles.ModuleFile(module.Id, version, text), Does.Contain("reviewed: 2026-12-01\n")
                .And.Contain("sources:\n  - \"Google Account Help, \\\"Turn on 2-Step Verification\\\", support.google.com\"\n"));
        });
    }

    [Test]
    public async Task AnUnchangedModuleImportedBeforeReviewsWereKeptGetsItsReview()
    {
        await ImportAsync();
        await using (var db = NewContext())
        {
            await db.Database.ExecuteSqlRawAsync("UPDATE ModuleVersionTexts SET Reviewed = NULL, Sources = ''");
        }

        var report = await ImportAsync();

        Assert.That(report.VersionsAdded, Is.Zero);
        await using var check = NewContext();
        var texts = await check.ModuleVersions.AsNoTracking().SelectMany(v => v.Texts).ToListAsync();
        Assert.That(texts.Select(t => (t.Reviewed, t.SourceList.Count)), Is.All.EqualTo((new DateOnly?(new DateOnly(2026, 12, 1)), 1)));
    }

    private async Task<ContentImportReport> ImportAsync()
    {
        await using var db = NewContext();
        return await new ContentImport(db, TimeProvider.System, NullLogger<ContentImport>.Instance).ImportAsync(_content.Root);
    }

    private SqliteLmsDbContext NewContext() =>
        new(new DbContextOptionsBuilder<SqliteLmsDbContext>().UseSqlite($"Data Source={_file}").Options);
}

using System.Text.Json;
using Dice.Lms.Domain;
using Dice.Lms.Infrastructure.Content;

namespace Dice.Lms.Infrastructure.Tests.Content;

public class ContentCatalogJsonTests
{
    [Test]
    public void WritesSampleInTheShapeOfContentList()
    {
        var json = ContentCatalogJson.Write(ContentReader.Read(TempContent.SamplesRoot));
        var sample = ContentReader.Read(TempContent.SamplesRoot).Courses[0].Modules[0];
        var expected = $$$"""
            {"courses":[{"id":"digital-safety","area":"safety","title":{"mn":"Цахим аюулгүй байдал","en":"Digital safety"},
            "modules":[{"id":"strong-passwords","level":"beginner","competences":["4.1","4.2"],"languages":["en","mn"],
            "questions":3,"words":{"en":{{{sample.Version("en")!.WordCount}}},"mn":{{{sample.Version("mn")!.WordCount}}}}}]}]}
            """;

        Assert.That(Normalise(json), Is.EqualTo(Normalise(expected)));
    }

    [Test]
    public void WritesPlainRecordsSuchAsRowsFromTheDatabase()
    {
        var courses = new[]
        {
            new CatalogCourse("c1", "devices", new LocalizedText("Төхөөрөмж", "Devices"),
            [
                new CatalogModule("m1", "intermediate", ["0.1"], ["mn"], 0, new Dictionary<string, int> { ["mn"] = 12 }),
            ]),
            new CatalogCourse("c2", "information", new LocalizedText("Мэдээлэл", "Information"), []),
        };

        using var document = JsonDocument.Parse(ContentCatalogJson.Write(courses));
        var root = document.RootElement.GetProperty("courses");
        Assert.Multiple(() =>
        {
            Assert.That(root.GetArrayLength(), Is.EqualTo(2));
            var module = root[0].GetProperty("modules")[0];
            Assert.That(module.GetProperty("level").GetString(), Is.EqualTo("intermediate"));
            Assert.That(module.GetProperty("languages").EnumerateArray().Select(l => l.GetString()), Is.EqualTo(new[] { "mn" }));
            Assert.That(module.GetProperty("questions").GetInt32(), Is.EqualTo(0));
            Assert.That(module.GetProperty("words").GetProperty("mn").GetInt32(), Is.EqualTo(12));
            Assert.That(root[1].GetProperty("modules").GetArrayLength(), Is.EqualTo(0));
        });
    }

    // Compares JSON values, not whitespace or the escaping of non-ASCII text.
    private static string Normalise(string json)
    {
        using var document = JsonDocument.Parse(json);
        return JsonSerializer.Serialize(document.RootElement);
    }
}

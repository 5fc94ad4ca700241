using System.Text.Encodings.Web;
using System.Text.Json;
using Dice.Lms.Domain;
using Dice.Lms.Domain.Competences;

namespace Dice.Lms.Infrastructure.Content;

/// <summary>
/// Writes the catalogue in the shape of <c>content list --format json</c> (docs/operations.md).
/// It takes plain records so the same output can come from the database or straight from a content folder.
/// </summary>
public static class ContentCatalogJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Printed for people and scripts, never into HTML: keep Mongolian readable instead of \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Write(ContentSet content) => Write(FromContent(content));

    public static string Write(IEnumerable<CatalogCourse> courses)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteStartArray("courses");
            foreach (var course in courses)
            {
                WriteCourse(json, course);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static IReadOnlyList<CatalogCourse> FromContent(ContentSet content) => content.Courses
        .Select(course => new CatalogCourse(
            course.Id,
            course.Area,
            course.Title,
            course.Modules.Select(module => new CatalogModule(
                module.Id,
                module.Primary.Level?.Id() ?? "",
                module.Primary.Competences,
                module.Languages,
                module.Primary.QuestionCount,
                module.Versions.ToDictionary(v => v.Language, v => v.WordCount))).ToList()))
        .ToList();

    private static void WriteCourse(Utf8JsonWriter json, CatalogCourse course)
    {
        json.WriteStartObject();
        json.WriteString("id", course.Id);
        json.WriteString("area", course.Area);
        json.WriteStartObject("title");
        json.WriteString(Languages.Mongolian, course.Title.Mn);
        json.WriteString(Languages.English, course.Title.En);
        json.WriteEndObject();
        json.WriteStartArray("modules");
        foreach (var module in course.Modules)
        {
            json.WriteStartObject();
            json.WriteString("id", module.Id);
            json.WriteString("level", module.Level);
            WriteStrings(json, "competences", module.Competences);
            WriteStrings(json, "languages", module.Languages.Order(StringComparer.Ordinal));
            json.WriteNumber("questions", module.Questions);
            json.WriteStartObject("words");
            foreach (var (language, words) in module.Words.OrderBy(w => w.Key, StringComparer.Ordinal))
            {
                json.WriteNumber(language, words);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}

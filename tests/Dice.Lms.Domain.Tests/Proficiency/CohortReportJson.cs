using System.Text.Json;
using Dice.Lms.Domain.Proficiency;
using static Dice.Lms.Domain.Competences.ProficiencyLevel;

namespace Dice.Lms.Domain.Tests.Proficiency;

public sealed class CohortReportJson
{
    [Test]
    public void WritesOneObjectPerRowWithTheCsvColumnNamesAndReadableCyrillic()
    {
        var json = CohortReport.ToJson([new ReportRow("Говь 2025", "safety", Advanced, 1, 2), new ReportRow("Говь 2025", "safety", Expert, 0, 3)]);

        using var document = JsonDocument.Parse(json);
        var rows = document.RootElement.EnumerateArray().ToList();
        Assert.That(rows, Has.Count.EqualTo(2));
        Assert.That(rows[0].EnumerateObject().Select(p => p.Name), Is.EqualTo(CohortReport.CsvHeader));
        Assert.That((rows[1].GetProperty("cohort").GetString(), rows[1].GetProperty("level").GetString(), rows[1].GetProperty("current").GetInt32()),
            Is.EqualTo(("Говь 2025", "expert", 3)));
        Assert.That(json, Does.Contain("Говь"), "not escaped as \\u sequences");
    }
}

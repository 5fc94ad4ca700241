using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Csv;
using static Dice.Lms.Domain.Competences.ProficiencyLevel;

namespace Dice.Lms.Infrastructure.Tests.Csv;

public sealed class CsvFilesWrite
{
    [Test]
    public void WritesTheContractHeaderAndOneLinePerRow()
    {
        var csv = Report(
        [
            new ReportRow("Gobi 2025", "devices", None, 3, 0),
            new ReportRow("Gobi 2025", "devices", Intermediate, 12, 7),
            new ReportRow("Gobi 2025", "problem-solving", Expert, 0, 4),
        ]);

        Assert.That(csv, Is.EqualTo(
            "cohort,area,level,baseline,current\n"
            + "Gobi 2025,devices,none,3,0\n"
            + "Gobi 2025,devices,intermediate,12,7\n"
            + "Gobi 2025,problem-solving,expert,0,4\n"));
    }

    [Test]
    public void WritesOnlyTheHeaderForNoRows()
    {
        Assert.That(Report([]), Is.EqualTo("cohort,area,level,baseline,current\n"));
    }

    [TestCase("Gobi, 2025", "\"Gobi, 2025\"")]
    [TestCase("The \"Gobi\" cohort", "\"The \"\"Gobi\"\" cohort\"")]
    [TestCase("Gobi\n2025", "\"Gobi\n2025\"")]
    [TestCase("Говь 2025", "Говь 2025")]
    [TestCase("=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\"")]
    [TestCase("+1+1", "\"'+1+1\"")]
    [TestCase("-1+1", "\"'-1+1\"")]
    [TestCase("@SUM(A1)", "\"'@SUM(A1)\"")]
    [TestCase("\tTab", "\"'\tTab\"")]
    [TestCase("\rReturn", "\"'\rReturn\"")]
    [TestCase("Gobi-2025", "Gobi-2025")]
    public void QuotesACohortNameWhenRfc4180OrAFormulaAsksForIt(string cohort, string field)
    {
        var csv = Report([new ReportRow(cohort, "safety", Advanced, 1, 2)]);

        Assert.That(csv, Is.EqualTo($"cohort,area,level,baseline,current\n{field},safety,advanced,1,2\n"));
    }

    [Test]
    public void WritesThirtyLinesPerCohortThatTheCsvReaderReadsBack()
    {
        var csv = Report(CohortReport.Build("Gobi, \"2025\"", []));

        var records = CsvFiles.Read(csv).Records;
        Assert.That(records, Has.Count.EqualTo(31));
        Assert.That(records.Skip(1).Select(r => r[0]), Has.All.EqualTo("Gobi, \"2025\""));
        Assert.That(records[1].Fields, Is.EqualTo(new[] { "Gobi, \"2025\"", "devices", "none", "0", "0" }));
    }

    [Test]
    public void WritesTheCompetenceReportQuotingTheCohortWhenNeeded()
    {
        var rows = CompetenceReport.Build("Gobi, 2025", [ProficiencyRules.DemonstratedPerCompetence([(Expert, (IEnumerable<string>)["5.4"], true)])]);

        var lines = CsvFiles.Write(CompetenceReport.CsvHeader, rows.Select(CompetenceReport.CsvFields)).Split('\n');

        Assert.That(lines[0], Is.EqualTo("cohort,competence,level,current"));
        Assert.That(lines[1], Is.EqualTo("\"Gobi, 2025\",0.1,none,1"));
        Assert.That(lines[115], Is.EqualTo("\"Gobi, 2025\",5.4,expert,1"));
        Assert.That(lines, Has.Length.EqualTo(117), "header, 115 rows, and the empty string after the last line end");
    }

    private static string Report(IEnumerable<ReportRow> rows) => CsvFiles.Write(CohortReport.CsvHeader, rows.Select(CohortReport.CsvFields));
}

using Dice.Lms.Domain.Competences;
using Dice.Lms.Domain.Proficiency;
using Dice.Lms.Infrastructure.Csv;

namespace Dice.Lms.Infrastructure.Tests.Csv;

public sealed class BaselineCsvRead
{
    private const string Header = "email,full_name,organization,location,devices,information,communication,content-creation,safety,problem-solving\n";

    [Test]
    public void ReadsLevelIdsMongolianNamesAndPercentages()
    {
        var result = Read(Header
            + "bat@example.org,Батболд Дорж,Говийн ТББ,\"Даланзадгад, Өмнөговь\",Beginner,Дунд шат,75,EXPERT,none,Мэдлэггүй\n");

        Assert.That(result.IsValid, Is.True);
        var row = result.Rows.Single();
        Assert.That(row.Line, Is.EqualTo(2));
        Assert.That(row.Email, Is.EqualTo("bat@example.org"));
        Assert.That(row.FullName, Is.EqualTo("Батболд Дорж"));
        Assert.That(row.Organization, Is.EqualTo("Говийн ТББ"));
        Assert.That(row.Location, Is.EqualTo("Даланзадгад, Өмнөговь"));
        Assert.That(row.Levels, Is.EquivalentTo(new Dictionary<string, ProficiencyLevel>
        {
            ["devices"] = ProficiencyLevel.Beginner,
            ["information"] = ProficiencyLevel.Intermediate,
            ["communication"] = ProficiencyLevel.Advanced,
            ["content-creation"] = ProficiencyLevel.Expert,
            ["safety"] = ProficiencyLevel.None,
            ["problem-solving"] = ProficiencyLevel.None,
        }));
    }

    [Test]
    public void AcceptsAHeaderInAnyCaseWithSpacesAndEmptyOrganizationAndLocation()
    {
        var result = Read(" EMAIL , Full_Name,organization,location,devices,information,communication,content-creation,safety,Problem-Solving\r\n"
            + "a@example.org,A,,,0,25,50,75,100,0\r\n"
            + "b@example.org,B,,,0,0,0,0,0,0\r\n");

        Assert.That(result.IsValid, Is.True);
        Assert.That(result.Rows.Select(r => r.Line), Is.EqualTo(new[] { 2, 3 }));
        Assert.That(result.Rows[0].Organization, Is.Empty);
        Assert.That(result.Rows[0].Levels["safety"], Is.EqualTo(ProficiencyLevel.Expert));
    }

    [TestCase("", "the file is empty")]
    [TestCase(Header, "the file has a header but no learners")]
    [TestCase("email,full_name,organization\n",
        "line 1: the header must be 'email,full_name,organization,location,devices,information,communication,content-creation,safety,problem-solving', not 'email,full_name,organization'")]
    [TestCase(Header + "a@example.org,A,O,L,none,none,none,none,none\n", "line 2: expected 10 columns, found 9")]
    [TestCase(Header + "not-mail,A,O,L,none,none,none,none,none,none\n", "line 2: 'not-mail' is not an e-mail address")]
    [TestCase(Header + "a@example.org,,O,L,none,none,none,none,none,none\n", "line 2: full_name is empty")]
    [TestCase(Header + "a@example.org,A,O,L,none,none,none,none,none,none\nA@example.org,B,O,L,none,none,none,none,none,none\n",
        "line 3: A@example.org is already on line 2")]
    [TestCase(Header + "a@example.org,A,O,L,none,none,none,none,master,none\n",
        "line 2: safety: 'master' is not a level (none, beginner, intermediate, advanced, expert, a Mongolian level name or 0/25/50/75/100)")]
    [TestCase(Header + "a@example.org,A,O,L,,none,none,none,none,none\n",
        "line 2: devices: '' is not a level (none, beginner, intermediate, advanced, expert, a Mongolian level name or 0/25/50/75/100)")]
    [TestCase(Header + "a@example.org,A,O,L,none,none,none,none,none,60\n",
        "line 2: problem-solving: '60' is not a level (none, beginner, intermediate, advanced, expert, a Mongolian level name or 0/25/50/75/100)")]
    [TestCase(Header + "a@example.org,\"A,O,L,none,none,none,none,none,none\n", "line 2: a quoted field is not closed")]
    public void RefusesTheWholeFileWithAMessagePerProblem(string csv, string message)
    {
        var result = Read(csv);

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Errors.Select(e => e.ToString()), Does.Contain(message));
        Assert.That(result.Rows, Is.Empty);
    }

    [Test]
    public void ReportsEveryProblemOfEveryRowAndKeepsNoRows()
    {
        var result = Read(Header
            + "a@example.org,A,O,L,none,none,none,none,none,none\n"
            + "bad,,O,L,none,none,none,none,none,none\n"
            + "\n"
            + "c@example.org,C,O,L,master,none,none,none,none,guru\n");

        Assert.That(result.Rows, Is.Empty);
        Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
        {
            "line 3: 'bad' is not an e-mail address",
            "line 3: full_name is empty",
            "line 5: devices: 'master' is not a level (none, beginner, intermediate, advanced, expert, a Mongolian level name or 0/25/50/75/100)",
            "line 5: problem-solving: 'guru' is not a level (none, beginner, intermediate, advanced, expert, a Mongolian level name or 0/25/50/75/100)",
        }));
    }

    [Test]
    public void CountsLinesInsideAQuotedFieldThatSpansLines()
    {
        var result = Read(Header
            + "a@example.org,A,\"Two\nlines\",L,none,none,none,none,none,none\n"
            + "b@example.org,B,O,L,none,none,none,none,none,master\n");

        Assert.That(result.Errors.Single().ToString(), Does.StartWith("line 4: problem-solving: 'master'"));
    }

    private static BaselineImportResult Read(string text) => BaselineCsv.Read(CsvFiles.Read(text));
}

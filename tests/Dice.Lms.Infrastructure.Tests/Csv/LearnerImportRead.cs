using Dice.Lms.Domain.Imports;
using Dice.Lms.Infrastructure.Csv;

namespace Dice.Lms.Infrastructure.Tests.Csv;

public sealed class LearnerImportRead
{
    [Test]
    public void AcceptsAGoodFileWithCyrillicNames()
    {
        var result = LearnerImport.Read(CsvFiles.Read("email,full_name,organization\nbat@example.org,Батболд Дорж,Говийн ТББ\n"));

        Assert.That(result.IsValid, Is.True);
        Assert.That(result.Rows.Single(), Is.EqualTo(new LearnerRow(2, "bat@example.org", "Батболд Дорж", "Говийн ТББ")));
    }

    [TestCase("", "the file is empty")]
    [TestCase("email,name\n", "line 1: the header must be 'email,full_name,organization', not 'email,name'")]
    [TestCase("email,full_name,organization\n", "the file has a header but no learners")]
    [TestCase("email,full_name,organization\nnot-mail,A,B\n", "line 2: 'not-mail' is not an e-mail address")]
    [TestCase("email,full_name,organization\na@example.org,,B\n", "line 2: full_name is empty")]
    [TestCase("email,full_name,organization\na@example.org,A\n", "line 2: expected 3 columns, found 2")]
    [TestCase("email,full_name,organization\na@example.org,A,B\nA@example.org,C,D\n", "line 3: A@example.org is already on line 2")]
    public void RefusesTheWholeFileWithAMessagePerProblem(string csv, string message)
    {
        var result = LearnerImport.Read(CsvFiles.Read(csv));

        Assert.That(result.IsValid, Is.False);
        Assert.That(result.Errors.Select(e => e.ToString()), Does.Contain(message));
        Assert.That(result.Rows, Is.Empty);
    }
}

using Dice.Lms.Domain.Imports;
using Dice.Lms.Infrastructure.Csv;

namespace Dice.Lms.Infrastructure.Tests.Csv;

public sealed class CsvFilesRead
{
    [Test]
    public void ReadsQuotedFieldsWithCommasQuotesAndLineBreaksKeepingTheStartLine()
    {
        var records = CsvFiles.Read("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n").Records;

        Assert.That(records, Has.Count.EqualTo(3));
        Assert.That(records[1].Fields, Is.EqualTo(new[] { "x, y", "say \"hi\"" }));
        Assert.That(records[2].Line, Is.EqualTo(3));
        Assert.That(records[2][0], Is.EqualTo("two\nlines"));
    }

    [Test]
    public void IgnoresAByteOrderMarkCarriageReturnsAndBlankLines()
    {
        var records = CsvFiles.Read("\uFEFFemail\r\n\r\nbat@example.org\r\n").Records;

        Assert.That(records.Select(r => r[0]), Is.EqualTo(new[] { "email", "bat@example.org" }));
        Assert.That(records[1].Line, Is.EqualTo(3));
    }

    [Test]
    public void AnUnclosedQuoteNamesItsLine()
    {
        var csv = CsvFiles.Read("a\n\"open,b\nc");

        Assert.That(csv.UnclosedQuoteLine, Is.EqualTo(2));
        Assert.That(csv.Records.Select(r => r[0]), Is.EqualTo(new[] { "a" }));
    }
}

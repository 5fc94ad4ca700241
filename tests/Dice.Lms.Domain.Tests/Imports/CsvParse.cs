using Dice.Lms.Domain.Imports;

namespace Dice.Lms.Domain.Tests.Imports;

public sealed class CsvParse
{
    [Test]
    public void ReadsQuotedFieldsWithCommasQuotesAndLineBreaksKeepingTheStartLine()
    {
        var records = Csv.Parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",z\n");

        Assert.That(records, Has.Count.EqualTo(3));
        Assert.That(records[1].Fields, Is.EqualTo(new[] { "x, y", "say \"hi\"" }));
        Assert.That(records[2].Line, Is.EqualTo(3));
        Assert.That(records[2][0], Is.EqualTo("two\nlines"));
    }

    [Test]
    public void IgnoresAByteOrderMarkCarriageReturnsAndBlankLines()
    {
        var records = Csv.Parse("\uFEFFemail\r\n\r\nbat@example.org\r\n");

        Assert.That(records.Select(r => r[0]), Is.EqualTo(new[] { "email", "bat@example.org" }));
        Assert.That(records[1].Line, Is.EqualTo(3));
    }

    [Test]
    public void AnUnclosedQuoteNamesItsLine()
    {
        var error = Assert.Throws<CsvFormatException>(() => Csv.Parse("a\n\"open,b\nc"));

        Assert.That(error!.Message, Is.EqualTo("line 2: a quoted field is not closed"));
    }
}

using CsvHelper;
using Dice.Lms.Domain.Imports;

namespace Dice.Lms.Infrastructure.Csv;

/// <summary>Every CSV the site reads (learner lists, baselines) or writes (reports), RFC 4180 through CsvHelper.</summary>
public static class CsvFiles
{
    /// <summary>
    /// A value starting with =, +, -, @, a tab or a carriage return would run as a formula in a spreadsheet (OWASP
    /// "CSV injection"), so it is written quoted with a leading apostrophe, which spreadsheets show as text.
    /// </summary>
    private static readonly CsvWriterOptions _writing = CsvWriterOptions.Default with
    {
        NewLine = "\n",
        Injection = CsvInjection.Escape,
    };

    /// <summary>Reads every record with the file line it starts on; a byte order mark and blank lines are skipped.</summary>
    public static CsvText Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        long? unclosed = null;
        var options = CsvReaderOptions.Default with
        {
            Separator = ',',
            HasHeader = false,
            TrackLineNumbers = true,
            OnMalformedRecord = record =>
            {
                // Such a field swallows the rest of the file, so nothing after its line can be trusted.
                if (record.Reason == CsvMalformedReason.UnterminatedQuote)
                {
                    unclosed ??= record.LineNumber;
                }
            },
        };
        using var reader = CsvReader.FromText(text.StartsWith('\uFEFF') ? text[1..] : text, options);
        var records = new List<CsvRecord>();
        while (reader.Read())
        {
            var fields = new string[reader.FieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i) ?? "";
            }

            records.Add(new CsvRecord(checked((int)reader.LineNumber), fields));
        }

        return unclosed is { } line ? new CsvText([.. records.Where(r => r.Line < line)], checked((int)line)) : new CsvText(records);
    }

    /// <summary>The header row, then one row per record; fields quoted only when they must be, `\n` line ends.</summary>
    public static string Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        using (var writer = CsvWriter.Create(text, _writing, leaveOpen: true))
        {
            foreach (var row in rows.Prepend(header))
            {
                writer.WriteRecord([.. row]);
            }
        }

        return text.ToString();
    }
}

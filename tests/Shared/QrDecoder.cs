using System.Diagnostics;

namespace Dice.Lms.Tests;

/// <summary>Reads a QR code from a PNG with Debian's zbarimg (package zbar-tools, installed by scripts/test.sh).</summary>
public static class QrDecoder
{
    public const string ZbarPath = "/usr/bin/zbarimg";

    public static async Task<string> DecodeAsync(byte[] png)
    {
        if (!File.Exists(ZbarPath))
        {
            Assert.Fail($"{ZbarPath} is missing: install Debian's zbar-tools (scripts/test.sh does).");
        }

        var file = Path.Combine(Path.GetTempPath(), $"dice-qr-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(file, png);
        try
        {
            var start = new ProcessStartInfo(ZbarPath) { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add("--raw");
            start.ArgumentList.Add("-q");
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.That(process.ExitCode, Is.EqualTo(0), $"zbarimg found no QR code: {error}");
            return output.TrimEnd('\n', '\r');
        }
        finally
        {
            File.Delete(file);
        }
    }
}

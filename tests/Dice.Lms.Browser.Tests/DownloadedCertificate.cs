using Microsoft.Playwright;
using UglyToad.PdfPig;

namespace Dice.Lms.Browser.Tests;

/// <summary>A certificate PDF the browser downloaded: its words, and the verify URL of its QR code mapped to the site under test.</summary>
/// <param name="Text">The words of the first page, joined by spaces.</param>
/// <param name="VerifyUrl">The QR code's URL with the test site in place of Lms:PublicBaseUrl.</param>
public sealed record DownloadedCertificate(string Text, string VerifyUrl)
{
    public static async Task<DownloadedCertificate> ReadAsync(IDownload download)
    {
        var path = Path.Combine(SiteUnderTest.Folder, $"certificate-{Guid.NewGuid():N}.pdf");
        await download.SaveAsAsync(path);
        using var document = PdfDocument.Open(await File.ReadAllBytesAsync(path));
        var page = document.GetPage(1);
        var text = string.Join(' ', page.GetWords().Select(w => w.Text));
        Assert.That(page.GetImages().Single().TryGetPng(out var png), Is.True, "the QR code comes out of the PDF as a PNG");
        var qrUrl = await QrDecoder.DecodeAsync(png!);
        // The QR code points at Lms:PublicBaseUrl (the default here); the test site stands in for that host.
        Assert.That(qrUrl, Does.StartWith("http://localhost:5000/verify/"));
        return new DownloadedCertificate(text, SiteUnderTest.BaseUrl + new Uri(qrUrl).PathAndQuery);
    }
}

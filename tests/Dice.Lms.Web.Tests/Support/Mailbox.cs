using MimeKit;

namespace Dice.Lms.Web.Tests.Support;

/// <summary>The .eml files in a pickup folder, as a user's mailbox would show them.</summary>
public static class Mailbox
{
    public static IReadOnlyList<MimeMessage> Read(string folder) =>
        Directory.Exists(folder)
            ? [.. Directory.GetFiles(folder, "*.eml").Select(f => MimeMessage.Load(f))]
            : [];

    /// <summary>The first link in the text body that starts with <paramref name="prefix"/>.</summary>
    public static string Link(MimeMessage message, string prefix)
    {
        var text = message.TextBody ?? "";
        var start = text.IndexOf(prefix, StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThanOrEqualTo(0), $"No link starting {prefix} in: {text}");
        var end = text.IndexOfAny([' ', '\n', '\r'], start);
        return end < 0 ? text[start..] : text[start..end];
    }
}

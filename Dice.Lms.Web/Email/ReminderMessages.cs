using System.Text;
using System.Text.Encodings.Web;
using Dice.Lms.Domain;
using Dice.Lms.Domain.Reminders;
using Dice.Lms.Infrastructure.Identity;
using Dice.Lms.Infrastructure.Options;
using Dice.Lms.Infrastructure.Reminders;
using Dice.Lms.Infrastructure.Time;
using Dice.Lms.Web.Localization;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Dice.Lms.Web.Email;

/// <summary>
/// Reminder and digest e-mails in the recipient's language: plain text and simple HTML with every inserted value
/// encoded, the learner's own course and link only, and the unsubscribe link in the body too.
/// </summary>
public sealed class ReminderMessages(IStringLocalizer<SharedResource> text, IOptions<LmsOptions> options) : IReminderMessages
{
    public EmailContent Reminder(LmsUser recipient, ReminderItem item, string unsubscribeUrl)
    {
        using var culture = new UiCulture(recipient.PreferredLanguage);
        var language = Language(recipient);
        var title = item.Course.Title(language);
        var subject = text[$"Email.Reminder.{item.Rule}.Subject", title].Value;
        return Compose(recipient, subject, [Line(item, language)], unsubscribeUrl);
    }

    public EmailContent Digest(LmsUser recipient, IReadOnlyList<ReminderItem> items, string unsubscribeUrl)
    {
        using var culture = new UiCulture(recipient.PreferredLanguage);
        var language = Language(recipient);
        return Compose(recipient, text["Email.Digest.Subject"].Value, [.. items.Select(i => Line(i, language))], unsubscribeUrl,
            text["Email.Digest.Intro"].Value);
    }

    private static string Language(LmsUser user) => Languages.Normalize(user.PreferredLanguage);

    private (string Sentence, string Link, string Action) Line(ReminderItem item, string language)
    {
        var title = item.Course.Title(language);
        var end = item.CohortEnd is { } cohortEnd ? LocalTime.Date(cohortEnd) : "";
        var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/courses/{Uri.EscapeDataString(item.Course.Id)}";
        return (text[$"Email.Reminder.{item.Rule}.Body", title, end].Value, link, text["Email.Reminder.Action", title].Value);
    }

    private EmailContent Compose(LmsUser recipient, string subject, IReadOnlyList<(string Sentence, string Link, string Action)> lines,
        string unsubscribeUrl, string? intro = null)
    {
        var greeting = text["Email.Greeting", recipient.FullName].Value;
        var why = text["Email.Unsubscribe.Why"].Value;
        var unsubscribe = text["Email.Unsubscribe.Action"].Value;
        var preferences = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/my/email-preferences";
        var preferencesAction = text["Email.Preferences.Action"].Value;

        var plain = new StringBuilder().Append(greeting).Append("\n\n");
        var html = new StringBuilder()
            .Append("<!DOCTYPE html><html lang=\"").Append(Language(recipient)).Append("\"><body>\n")
            .Append("<p>").Append(Encode(greeting)).Append("</p>\n");
        if (intro is not null)
        {
            plain.Append(intro).Append("\n\n");
            html.Append("<p>").Append(Encode(intro)).Append("</p>\n");
        }

        foreach (var (sentence, link, action) in lines)
        {
            plain.Append(sentence).Append('\n').Append(link).Append("\n\n");
            html.Append("<p>").Append(Encode(sentence)).Append("<br><a href=\"").Append(Encode(link)).Append("\">")
                .Append(Encode(action)).Append("</a></p>\n");
        }

        plain.Append("-- \n").Append(why).Append('\n')
            .Append(unsubscribe).Append(": ").Append(unsubscribeUrl).Append('\n')
            .Append(preferencesAction).Append(": ").Append(preferences).Append('\n');
        html.Append("<hr><p><small>").Append(Encode(why)).Append("<br><a href=\"").Append(Encode(unsubscribeUrl)).Append("\">")
            .Append(Encode(unsubscribe)).Append("</a> · <a href=\"").Append(Encode(preferences)).Append("\">")
            .Append(Encode(preferencesAction)).Append("</a></small></p>\n</body></html>\n");
        return new EmailContent(subject, plain.ToString(), html.ToString());
    }

    // Cyrillic stays readable in the HTML source; markup characters are still encoded.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(System.Text.Unicode.UnicodeRanges.All);

    private static string Encode(string value) => Encoder.Encode(value);
}

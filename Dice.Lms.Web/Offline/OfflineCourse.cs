using System.Net;
using System.Security.Cryptography;
using System.Text;
using Dice.Lms.Web.Localization;
using Microsoft.Extensions.Localization;

namespace Dice.Lms.Web.Offline;

/// <summary>
/// A whole course as one self-contained HTML file to read offline: styles inline (allowed by their hash only), no
/// script, nothing loaded from anywhere. Images are left out; their alt text stays in the links' place.
/// </summary>
public static class OfflineCourse
{
    private const string Css =
        "body{font-family:system-ui,sans-serif;line-height:1.55;color:#1b1f24;max-width:48rem;margin:0 auto;padding:1rem}" +
        "h1,h2,h3{line-height:1.25}a{color:#0b5cad}table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid #c9d1d9;padding:.4rem;text-align:left}" +
        ".callout{border-left:4px solid #0b5cad;background:#f3f6f8;padding:.5rem 1rem;margin:1rem 0}.callout-warning{border-color:#b3261e;background:#fff4d6}" +
        ".callout-title{font-weight:700;margin:0}.muted{color:#4a5560}section{border-top:2px solid #c9d1d9;margin-top:2rem}" +
        "nav ol{padding-left:1.5rem}nav li{margin:.5rem 0}nav a{display:inline-block;min-height:24px;padding:.25rem 0}:focus-visible{outline:3px solid #c2410c}";

    public static string ContentSecurityPolicy { get; } =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(Css)))}'; base-uri 'none'; form-action 'none'";

    public static string Write(string title, string description, string language, IReadOnlyList<OfflineSection> sections, IStringLocalizer text)
    {
        static string E(string value) => WebUtility.HtmlEncode(value);
        var html = new StringBuilder();
        html.Append($"<!DOCTYPE html><html lang=\"{language}\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            // The policy travels with the file, so it holds when the file is opened from a phone's downloads too.
            .Append($"<meta http-equiv=\"Content-Security-Policy\" content=\"{ContentSecurityPolicy}\">")
            .Append($"<title>{E(title)}</title><style>{Css}</style></head><body>")
            .Append($"<header><h1>{E(title)}</h1><p>{E(description)}</p></header>")
            .Append($"<nav aria-label=\"{E(text["Course.Contents"])}\"><ol>");
        foreach (var section in sections)
        {
            html.Append($"<li><a href=\"#{E(section.Id)}\">{E(section.Title)}</a></li>");
        }

        html.Append("</ol></nav><main>");
        foreach (var section in sections)
        {
            var lang = section.Language == language ? "" : $" lang=\"{section.Language}\"";
            html.Append($"<section id=\"{E(section.Id)}\" aria-labelledby=\"{E(section.Id)}-title\"{lang}>")
                .Append($"<h2 id=\"{E(section.Id)}-title\">{E(section.Title)}</h2>")
                .Append($"<p class=\"muted\">{E(section.Level)} · {E(text["Course.Minutes", section.Minutes])}</p>");
            if (section.Objectives.Count > 0)
            {
                html.Append($"<h3>{E(text["Module.Objectives"])}</h3><ul>");
                foreach (var objective in section.Objectives)
                {
                    html.Append($"<li>{E(objective)}</li>");
                }

                html.Append("</ul>");
            }

            // Sanitised and cached by LessonHtml: the same HTML the lesson page shows.
            html.Append("<div>").Append(section.Html).Append("</div></section>");
        }

        html.Append("</main></body></html>");
        return html.ToString();
    }
}

using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Dice.Lms.Web.Tests.Support;

/// <summary>Reads pages and submits their forms the way a browser without JavaScript would, antiforgery token included.</summary>
public static class Browserless
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        var html = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(expected), $"GET {url}: {Shorten(html)}");
        return Parser.ParseDocument(html);
    }

    public static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>Finds the form posting to <paramref name="action"/> on <paramref name="pageUrl"/>, fills it and submits it.</summary>
    public static async Task<HttpResponseMessage> SubmitFormAsync(this HttpClient client, string pageUrl, string action, IDictionary<string, string> fields)
    {
        var page = await client.GetPageAsync(pageUrl);
        var form = page.Forms.FirstOrDefault(f => f.GetAttribute("action") == action)
            ?? throw new AssertionException($"No form posting to {action} on {pageUrl}");
        // What a browser sends: every named control with its current value, then what the test typed over it.
        var values = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            var (name, value) = element switch
            {
                IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false } => (null, null),
                IHtmlInputElement { Type: "submit" or "button" or "file" } => (null, null),
                IHtmlInputElement input => (input.Name, input.Value),
                IHtmlSelectElement select => (select.Name, select.Value),
                IHtmlTextAreaElement area => (area.Name, area.Value),
                _ => (null, null),
            };
            if (!string.IsNullOrEmpty(name) && !fields.ContainsKey(name))
            {
                values.Add(new(name, value ?? ""));
            }
        }

        values.AddRange(fields);
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>Uploads a file through the form posting to <paramref name="action"/> on <paramref name="pageUrl"/>.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(this HttpClient client, string pageUrl, string action, string fileName, string text)
    {
        var content = new MultipartFormDataContent { { new StringContent(await client.AntiforgeryTokenAsync(pageUrl)), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(text));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", fileName);
        return await client.PostAsync(action, content);
    }

    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string pageUrl)
    {
        var page = await client.GetPageAsync(pageUrl);
        return page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new AssertionException($"No antiforgery token on {pageUrl}");
    }

    public static string Shorten(string text) => text.Length <= 2000 ? text : text[..2000] + "…";
}

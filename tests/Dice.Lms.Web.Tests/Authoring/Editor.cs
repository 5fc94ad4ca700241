using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Dice.Lms.Web.Tests.Support;

namespace Dice.Lms.Web.Tests.Authoring;

/// <summary>Drives the module editor's one form the way a browser without JavaScript does: each button posts it to its own action.</summary>
public static class Editor
{
    public static async Task<IHtmlFormElement> FormAsync(this HttpClient client, string editorUrl)
    {
        var page = await client.GetPageAsync(editorUrl);
        return page.Forms.FirstOrDefault(f => f.GetAttribute("action")?.EndsWith("/save", StringComparison.Ordinal) == true)
            ?? throw new AssertionException($"No editor form on {editorUrl}");
    }

    public static Dictionary<string, string> Fields(IHtmlFormElement form)
    {
        var values = new Dictionary<string, string>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                case IHtmlInputElement { Type: "submit" or "button" or "file" }:
                    break;
                case IHtmlInputElement input when !string.IsNullOrEmpty(input.Name):
                    values[input.Name] = input.Value;
                    break;
                case IHtmlTextAreaElement area when !string.IsNullOrEmpty(area.Name):
                    values[area.Name] = area.Value;
                    break;
            }
        }

        return values;
    }

    /// <summary>Posts the editor form as loaded from <paramref name="editorUrl"/>, with <paramref name="changes"/> typed over it.</summary>
    public static async Task<HttpResponseMessage> PostAsync(this HttpClient client, string editorUrl, string button, IDictionary<string, string> changes)
    {
        var fields = Fields(await client.FormAsync(editorUrl));
        return await client.PostFieldsAsync(editorUrl, button, fields, changes);
    }

    /// <summary>Posts fields loaded earlier: what a second browser tab that has been open for a while sends.</summary>
    public static async Task<HttpResponseMessage> PostFieldsAsync(this HttpClient client, string editorUrl, string button,
        IDictionary<string, string> fields, IDictionary<string, string> changes)
    {
        var values = new Dictionary<string, string>(fields);
        foreach (var (key, value) in changes)
        {
            values[key] = value;
        }

        return await client.PostAsync($"{editorUrl.Split('?')[0]}/{button}", new FormUrlEncodedContent(values));
    }

    public static async Task<HttpResponseMessage> UploadImageAsync(this HttpClient client, string editorUrl, byte[] bytes, string fileName,
        string contentType, string altText)
    {
        var content = new MultipartFormDataContent();
        foreach (var (key, value) in Fields(await client.FormAsync(editorUrl)).Where(f => f.Key != "AltText"))
        {
            content.Add(new StringContent(value), key);
        }

        content.Add(new StringContent(altText), "AltText");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        content.Add(file, "ImageFile", fileName);
        return await client.PostAsync($"{editorUrl.Split('?')[0]}/images", content);
    }
}

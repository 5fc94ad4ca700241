using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Dice.Lms.Web.TagHelpers;

/// <summary>
/// One form field: label, input, hint and error message, wired together for screen readers
/// (<c>aria-describedby</c>, <c>aria-invalid</c>). <c>&lt;field for="Email" type="email" autocomplete="email" /&gt;</c>
/// </summary>
[HtmlTargetElement("field", Attributes = "for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldTagHelper(IHtmlGenerator generator) : TagHelper
{
    public Microsoft.AspNetCore.Mvc.ViewFeatures.ModelExpression For { get; set; } = null!;

    /// <summary>text, email, password, date, number, checkbox or textarea.</summary>
    public string Type { get; set; } = "text";

    public string? Autocomplete { get; set; }

    public string? Hint { get; set; }

    public bool Required { get; set; }

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var name = For.Name;
        var id = TagBuilder.CreateSanitizedId(name, "_");
        var hasError = ViewContext.ViewData.ModelState.TryGetValue(name, out var entry) && entry.Errors.Count > 0;
        var describedBy = string.Join(' ', new[] { Hint is null ? null : id + "-hint", hasError ? id + "-error" : null }.Where(x => x is not null));

        var attributes = new Dictionary<string, object?> { ["id"] = id };
        if (describedBy.Length > 0)
        {
            attributes["aria-describedby"] = describedBy;
        }

        if (hasError)
        {
            attributes["aria-invalid"] = "true";
        }

        if (Autocomplete is not null)
        {
            attributes["autocomplete"] = Autocomplete;
        }

        if (Required)
        {
            attributes["required"] = "required";
        }

        TagBuilder input = Type switch
        {
            "password" => generator.GeneratePassword(ViewContext, For.ModelExplorer, name, null, attributes),
            "checkbox" => generator.GenerateCheckBox(ViewContext, For.ModelExplorer, name, null, attributes),
            "textarea" => generator.GenerateTextArea(ViewContext, For.ModelExplorer, name, 4, 40, attributes),
            _ => generator.GenerateTextBox(ViewContext, For.ModelExplorer, name, Type == "date" ? FormatDate(For.Model) : For.Model,
                null, WithType(attributes, Type)),
        };
        var label = generator.GenerateLabel(ViewContext, For.ModelExplorer, name, null, null);
        var error = generator.GenerateValidationMessage(ViewContext, For.ModelExplorer, name, null, "p",
            new Dictionary<string, object> { ["id"] = id + "-error", ["class"] = "field-error" });

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", Type == "checkbox" ? "field field-checkbox" : "field");
        if (Type == "checkbox")
        {
            output.Content.AppendHtml(input);
            output.Content.AppendHtml(label);
        }
        else
        {
            output.Content.AppendHtml(label);
            if (Hint is not null)
            {
                output.Content.AppendHtml($"<p class=\"field-hint\" id=\"{id}-hint\">");
                output.Content.Append(Hint);
                output.Content.AppendHtml("</p>");
            }

            output.Content.AppendHtml(input);
        }

        if (hasError && error is not null)
        {
            output.Content.AppendHtml(error);
        }
    }

    private static Dictionary<string, object?> WithType(Dictionary<string, object?> attributes, string type)
    {
        attributes["type"] = type;
        return attributes;
    }

    private static object? FormatDate(object? value) => value switch
    {
        DateOnly date => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        DateTime dateTime => dateTime.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        _ => value,
    };
}

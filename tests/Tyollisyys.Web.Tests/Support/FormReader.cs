using AngleSharp.Html.Dom;

namespace Tyollisyys.Web.Tests.Support;

/// <summary>Reads a page's form as a browser would submit it untouched, so a test changes only what it means to.</summary>
public static class FormReader
{
    public static Dictionary<string, string> FieldsOf(IHtmlDocument page)
    {
        var form = page.QuerySelector("form[method=post]:not([action])")
            ?? throw new InvalidOperationException("The page has no form");
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            if (name == "__RequestVerificationToken" || fields.ContainsKey(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" } box:
                    if (box.IsChecked)
                    {
                        fields[name] = box.Value;
                    }

                    break;
                case IHtmlInputElement input:
                    fields[name] = input.Value;
                    break;
                case IHtmlSelectElement select:
                    fields[name] = select.Value ?? string.Empty;
                    break;
                case IHtmlTextAreaElement area:
                    fields[name] = area.Value;
                    break;
            }
        }

        return fields;
    }
}

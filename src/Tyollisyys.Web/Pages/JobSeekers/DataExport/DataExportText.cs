using Tyollisyys.Web.Infrastructure.Localization;

namespace Tyollisyys.Web.Pages.JobSeekers.DataExport;

/// <summary>The printed export's small words: yes/no, an empty value, and an audit record type by name when it has one.</summary>
public static class DataExportText
{
    public static string YesNo(this FixedLanguageLocalizer t, bool value) => t[value ? "Form.Yes" : "Form.No"];

    public static string OrDash(string? value) => string.IsNullOrWhiteSpace(value) ? "–" : value;

    public static string Date(DateOnly? date) => date is { } d ? Formats.Date(d) : "–";

    /// <summary>"Journal entry 123": the trail's record type in words (or as stored, when it has no name), and the id when kept.</summary>
    public static string Record(this FixedLanguageLocalizer t, string? type, string? id)
    {
        if (type is null)
        {
            return "–";
        }

        var name = t["DataExport.Record." + type];
        var text = name.ResourceNotFound ? type : name.Value;
        return id is null ? text : text + " " + id;
    }
}

using Microsoft.Extensions.FileProviders;

namespace Tyollisyys.Web.Infrastructure.Pdf;

/// <summary>The print stylesheet's text, read once from wwwroot, for documents rendered without a base address.</summary>
public sealed class PrintStyles(IWebHostEnvironment environment)
{
    private readonly Lazy<string> _css = new(() => Read(environment.WebRootFileProvider));

    public string Css => _css.Value;

    private static string Read(IFileProvider files)
    {
        var file = files.GetFileInfo("css/print.css");
        using var stream = file.CreateReadStream();
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

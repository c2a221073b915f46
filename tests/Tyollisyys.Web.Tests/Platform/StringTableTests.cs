using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit;

namespace Tyollisyys.Web.Tests.Platform;

/// <summary>Every user-facing string exists in Finnish, Swedish and English, and every key the code uses exists.</summary>
public sealed partial class StringTableTests
{
    private static readonly string Root = FindRepositoryRoot();
    private static readonly string WebProject = Path.Combine(Root, "src", "Tyollisyys.Web");

    [Theory]
    [InlineData("sv")]
    [InlineData("en")]
    public void Each_language_has_exactly_the_Finnish_keys(string language)
    {
        var finnish = Load("fi");
        var other = Load(language);

        Assert.Empty(finnish.Keys.Except(other.Keys));
        Assert.Empty(other.Keys.Except(finnish.Keys));
        Assert.DoesNotContain(other, kv => string.IsNullOrWhiteSpace(kv.Value));
    }

    [Fact]
    public void Every_key_used_in_pages_and_code_is_in_the_table()
    {
        var finnish = Load("fi");
        var sources = Directory.EnumerateFiles(Path.Combine(Root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal));

        var missing = sources
            .SelectMany(file => UsedKey().Matches(File.ReadAllText(file)).Select(m => (File: Path.GetFileName(file), Key: m.Groups["key"].Value)))
            .Where(use => !finnish.ContainsKey(use.Key))
            .Select(use => $"{use.File}: {use.Key}")
            .Distinct()
            .ToList();

        Assert.Empty(missing);
    }

    private static Dictionary<string, string> Load(string language) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(Path.Combine(WebProject, "Resources", $"{language}.json")))!;

    private static string FindRepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Tyollisyys.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Tyollisyys.sln not found above the test folder");
    }

    // t["Key"], T["Key", …] in pages and handlers; DomainException("Key", …) and errorKey = "Key" in the domain.
    // Keys built at run time ("Admin.Role." + role) are left out: their tests render every value.
    [GeneratedRegex(""""(?:\b[tT]\[\s*"|new DomainException\(\s*"|errorKey\s*=\s*")(?<key>[A-Z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)+)"(?!\s*\+)"""")]
    private static partial Regex UsedKey();
}

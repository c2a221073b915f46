namespace Tyollisyys.Web.Infrastructure.LocalPostgres;

/// <summary>Finds the PostgreSQL server programs (initdb, pg_ctl) on this machine.</summary>
public static class PostgresBinaries
{
    public const string InstallAdvice =
        "Työllisyys could not start its own local PostgreSQL: the PostgreSQL server programs (initdb, pg_ctl) "
        + "were not found on this machine. Install them, for example on Debian or Ubuntu with "
        + "'sudo apt-get install -y postgresql' (version 15 or newer), or set LocalPostgres__BinDirectory to the "
        + "folder that holds them, or point the app at an existing server with the environment variable "
        + "ConnectionStrings__Tyollisyys=\"Host=...;Database=...;Username=...;Password=...\". See README.md.";

    /// <summary>The folder that holds initdb and pg_ctl, or null when none is found.</summary>
    public static string? Find(string? configuredDirectory)
    {
        if (!string.IsNullOrWhiteSpace(configuredDirectory))
        {
            return HasServerPrograms(configuredDirectory) ? configuredDirectory : null;
        }

        // Debian keeps each major version under /usr/lib/postgresql/<major>/bin; prefer the newest.
        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var newest = Directory.GetDirectories(debianRoot)
                .Select(d => (Dir: Path.Combine(d, "bin"), Major: int.TryParse(Path.GetFileName(d), out var m) ? m : 0))
                .Where(x => HasServerPrograms(x.Dir))
                .OrderByDescending(x => x.Major)
                .Select(x => x.Dir)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(HasServerPrograms);
    }

    private static bool HasServerPrograms(string directory) =>
        File.Exists(Path.Combine(directory, "initdb")) && File.Exists(Path.Combine(directory, "pg_ctl"))
        && File.Exists(Path.Combine(directory, "postgres"));
}

namespace Tyollisyys.Web.Infrastructure.LocalPostgres;

public sealed class LocalPostgresOptions
{
    public const string Section = "LocalPostgres";

    /// <summary>Where the cluster lives. Default: see <see cref="DefaultDataRoot"/>.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>Folder of initdb and pg_ctl; found automatically when empty.</summary>
    public string? BinDirectory { get; set; }

    public string Database { get; set; } = "tyollisyys";

    /// <summary>
    /// Root's home is closed to the postgres user, so under root the cluster lives in /var/lib;
    /// otherwise in the user's XDG data folder. Both are outside the git checkout.
    /// </summary>
    public static string DefaultDataRoot()
    {
        if (Environment.IsPrivilegedProcess)
        {
            return "/var/lib/tyollisyys/postgres";
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var baseDir = string.IsNullOrEmpty(xdg)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share")
            : xdg;
        return Path.Combine(baseDir, "tyollisyys", "postgres");
    }
}

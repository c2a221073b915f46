namespace Tyollisyys.Web.Infrastructure.Auth;

/// <summary>The staff roles of the handbook (§1). Role names are stored in the database as written here.</summary>
public static class Roles
{
    public const string Counsellor = "Counsellor";
    public const string Manager = "Manager";
    public const string Admin = "Admin";

    public static readonly IReadOnlyList<string> All = [Counsellor, Manager, Admin];
}

/// <summary>Authorization policy names used by page conventions.</summary>
public static class Policies
{
    public const string Admin = "Admin";
    public const string Manager = "Manager";
    public const string ClientWork = "ClientWork";
}

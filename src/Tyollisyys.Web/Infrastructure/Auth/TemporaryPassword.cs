using System.Security.Cryptography;

namespace Tyollisyys.Web.Infrastructure.Auth;

/// <summary>
/// Temporary passwords given by an admin or at bootstrap: 16 characters from an alphabet without
/// look-alikes (no 0/O, 1/l/I), in groups of four so they can be read out over the phone.
/// </summary>
public static class TemporaryPassword
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    public static string Generate()
    {
        var groups = Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(Alphabet, 4));
        return string.Join('-', groups);
    }
}

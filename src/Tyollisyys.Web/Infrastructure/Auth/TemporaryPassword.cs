using System.Security.Cryptography;

namespace Tyollisyys.Web.Infrastructure.Auth;

/// <summary>
/// A temporary password an admin reads out or hands over: 16 random characters from an alphabet without
/// look-alikes (0/O, 1/l/I), in four groups of four, e.g. <c>Kq7m-p3Xa-rT9w-b4Nf</c> (19 characters).
/// The user must change it at first sign-in.
/// </summary>
public static class TemporaryPassword
{
    private const string Alphabet = "abcdefghjkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY2346789";
    private const int Groups = 4;
    private const int GroupLength = 4;

    public static string Generate()
    {
        string password;
        do
        {
            var groups = Enumerable.Range(0, Groups).Select(_ => RandomNumberGenerator.GetString(Alphabet, GroupLength));
            password = string.Join('-', groups);
        }
        // Identity asks for at least 4 distinct characters; 16 random ones almost surely have them.
        while (password.Distinct().Count() < 5);

        return password;
    }
}

using System.Diagnostics;

namespace Tyollisyys.Web.Infrastructure.LocalPostgres;

internal static class ProcessRunner
{
    /// <summary>Runs a program to its end; under root, PostgreSQL programs run as the postgres user.</summary>
    public static (int ExitCode, string Output) Run(string program, IEnumerable<string> arguments, bool asPostgresUser, TimeSpan timeout)
    {
        var info = new ProcessStartInfo
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgresUser && Environment.IsPrivilegedProcess)
        {
            info.FileName = "runuser";
            info.ArgumentList.Add("-u");
            info.ArgumentList.Add("postgres");
            info.ArgumentList.Add("--");
            info.ArgumentList.Add(program);
        }
        else
        {
            info.FileName = program;
        }

        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        using var process = Process.Start(info) ?? throw new LocalPostgresException($"Could not start {program}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new LocalPostgresException($"{Path.GetFileName(program)} did not finish within {timeout.TotalSeconds:0} s.");
        }

        process.WaitForExit();
        return (process.ExitCode, stdout.Result + stderr.Result);
    }

    public static void RunOrThrow(string program, IEnumerable<string> arguments, bool asPostgresUser, TimeSpan timeout)
    {
        var (exitCode, output) = Run(program, arguments, asPostgresUser, timeout);
        if (exitCode != 0)
        {
            throw new LocalPostgresException($"{Path.GetFileName(program)} failed (exit code {exitCode}): {output.Trim()}");
        }
    }
}

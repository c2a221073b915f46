using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using Npgsql;

namespace Tyollisyys.Web.Infrastructure.LocalPostgres;

/// <summary>
/// A private PostgreSQL cluster run from the machine's own server programs: created on first use in
/// a folder of its own, started on a free loopback port, reused by later runs, stopped with the app.
/// The app connects as a non-superuser role that owns its database, so table privileges (the audit
/// table's append-only grants) really apply to it.
/// </summary>
public sealed class LocalPostgresCluster : IDisposable
{
    public const string AppRole = "tyollisyys_app";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(90);

    private readonly string _binDirectory;
    private readonly string _root;
    private readonly bool _deleteOnDispose;
    private bool _startedHere;
    private bool _disposed;

    private LocalPostgresCluster(string binDirectory, string root, bool deleteOnDispose)
    {
        _binDirectory = binDirectory;
        _root = root;
        _deleteOnDispose = deleteOnDispose;
    }

    public int Port { get; private set; }

    public string DataDirectory => Path.Combine(_root, "data");

    private string Password { get; set; } = string.Empty;

    private string SocketDirectory => Path.Combine(_root, "run");

    private string LogFile => Path.Combine(_root, "postgres.log");

    private string CredentialsFile => Path.Combine(_root, "credentials");

    /// <summary>Creates (first time) and starts the cluster, or attaches to it when it already runs.</summary>
    public static LocalPostgresCluster Start(string root, string? binDirectory, bool deleteOnDispose = false)
    {
        var bin = PostgresBinaries.Find(binDirectory) ?? throw new LocalPostgresException(PostgresBinaries.InstallAdvice);
        var cluster = new LocalPostgresCluster(bin, Path.GetFullPath(root), deleteOnDispose);
        cluster.InitializeIfNew();
        cluster.StartOrAttach();
        return cluster;
    }

    /// <summary>A connection string for the app role; the database is created when missing.</summary>
    public string ConnectionStringFor(string database)
    {
        EnsureDatabase(database);
        return Build(database, AppRole);
    }

    /// <summary>Superuser connection, for test set-up only (creating databases from templates).</summary>
    public string SuperuserConnectionString(string database = "postgres") => Build(database, "postgres");

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        if (_startedHere)
        {
            NpgsqlConnection.ClearAllPools();
            ProcessRunner.Run(Tool("pg_ctl"), ["stop", "-D", DataDirectory, "-m", _deleteOnDispose ? "immediate" : "fast", "-w"], true, CommandTimeout);
        }

        if (_deleteOnDispose)
        {
            try
            {
                Directory.Delete(_root, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless; the cluster itself has stopped.
            }
        }
    }

    private string Build(string database, string user) => new NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = Port,
        Database = database,
        Username = user,
        Password = Password,
    }.ConnectionString;

    private string Tool(string name) => Path.Combine(_binDirectory, name);

    private void InitializeIfNew()
    {
        if (File.Exists(Path.Combine(DataDirectory, "PG_VERSION")) && File.Exists(CredentialsFile))
        {
            Password = File.ReadAllText(CredentialsFile).Trim();
            return;
        }

        Directory.CreateDirectory(_root);
        Directory.CreateDirectory(SocketDirectory);
        Password = Convert.ToHexString(RandomNumberGenerator.GetBytes(24));
        File.WriteAllText(CredentialsFile, Password);
        OwnerOnly(CredentialsFile);

        var passwordFile = Path.Combine(_root, ".initdb-password");
        File.WriteAllText(passwordFile, Password);
        OwnerOnly(passwordFile);
        if (Environment.IsPrivilegedProcess)
        {
            // The server runs as postgres: it must own its folders (root's own files stay root's).
            ProcessRunner.RunOrThrow("chown", ["postgres:postgres", _root, SocketDirectory, passwordFile], false, CommandTimeout);
        }

        try
        {
            ProcessRunner.RunOrThrow(
                Tool("initdb"),
                ["-D", DataDirectory, "-U", "postgres", "--pwfile", passwordFile, "--auth", "scram-sha-256", "-E", "UTF8", "--locale", "C.UTF-8", "--no-sync"],
                true,
                CommandTimeout);
        }
        finally
        {
            File.Delete(passwordFile);
        }

        StartServer();
        using var connection = new NpgsqlConnection(SuperuserConnectionString());
        connection.Open();
        using var command = connection.CreateCommand();
        // The password is our own hex string, so it is safe inside the literal.
        command.CommandText = $"CREATE ROLE {AppRole} LOGIN CREATEDB PASSWORD '{Password}'";
        command.ExecuteNonQuery();
    }

    private void StartOrAttach()
    {
        if (Port != 0)
        {
            return; // just initialised and started
        }

        var (status, _) = ProcessRunner.Run(Tool("pg_ctl"), ["status", "-D", DataDirectory], true, CommandTimeout);
        if (status == 0 && ReadRunningPort() is { } runningPort)
        {
            Port = runningPort;
            return;
        }

        StartServer();
    }

    private void StartServer()
    {
        Port = FreePort();
        var serverOptions = string.Create(
            CultureInfo.InvariantCulture,
            $"-p {Port} -k {SocketDirectory} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200");
        ProcessRunner.RunOrThrow(
            Tool("pg_ctl"),
            ["start", "-D", DataDirectory, "-l", LogFile, "-w", "-t", "60", "-o", serverOptions],
            true,
            CommandTimeout);
        _startedHere = true;
    }

    private int? ReadRunningPort()
    {
        var pidFile = Path.Combine(DataDirectory, "postmaster.pid");
        if (!File.Exists(pidFile))
        {
            return null;
        }

        // Line 4 of postmaster.pid is the port the server listens on.
        var lines = File.ReadAllLines(pidFile);
        return lines.Length > 3 && int.TryParse(lines[3], NumberStyles.Integer, CultureInfo.InvariantCulture, out var port) ? port : null;
    }

    private void EnsureDatabase(string database)
    {
        using var connection = new NpgsqlConnection(SuperuserConnectionString());
        connection.Open();
        using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = $1", connection);
        exists.Parameters.AddWithValue(database);
        if (exists.ExecuteScalar() is not null)
        {
            return;
        }

        using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\" OWNER {AppRole}", connection);
        create.ExecuteNonQuery();
    }

    private static void OwnerOnly(string file)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

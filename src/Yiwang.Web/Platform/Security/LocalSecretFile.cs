using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Yiwang.Kernel.Persistence;

namespace Yiwang.Web.Platform.Security;

/// <summary>
/// A secret a demo makes for itself when the operator configured none: 32 random bytes in a file readable by the OS
/// user only, beside the SQLite file (so deleting the demo's data folder starts everything over) or, for a server
/// database, in the OS user's local application data (so the host and the <c>yiwang</c> command run by the same user
/// agree). Production never uses this; it refuses to start without a configured secret.
/// </summary>
internal static class LocalSecretFile
{
    public static string PathFor(string fileName, DatabaseSettings database, string contentRoot)
    {
        var folder = database.Provider == DatabaseProvider.Sqlite
            ? Path.GetDirectoryName(Path.GetFullPath(new SqliteConnectionStringBuilder(database.ConnectionString).DataSource, contentRoot))!
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create) is { Length: > 0 } local ? local : Path.Combine(contentRoot, "data"), "yiwang");
        return Path.Combine(folder, fileName);
    }

    public static string ReadOrCreate(string path)
    {
        if (File.Exists(path)) return File.ReadAllText(path).Trim();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            writer.Write(secret);
        }
        catch (IOException) when (File.Exists(path))
        {
            return File.ReadAllText(path).Trim(); // another process of the same deployment made it first
        }

        return secret;
    }
}

using System.Text;
using Yiwang.Kernel.Persistence;
using Yiwang.Web.Platform.Security;

namespace Yiwang.Web.Platform.Auditing;

/// <summary>
/// The chain's key and where its head is anchored. The key (<c>Audit:ChainKey</c>, at least 32 characters) lives
/// outside the database, so someone who can edit the audit table cannot recompute the chain after an edit; the anchor
/// file (<c>Audit:AnchorFile</c>) is the second store that makes a truncated tail visible. Without a configured key a
/// demo makes one beside its database; Production refuses to start (docs/security.md, "Audit chain").
/// </summary>
internal sealed class AuditChainSettings(byte[] key, string anchorFile, TimeSpan anchorInterval, string? generatedKeyFile)
{
    public const string LocalKeyFileName = "yiwang.audit-chain-key";
    private const int MinimumKeyLength = 32;

    public byte[] Key { get; } = key;
    public string AnchorFile { get; } = anchorFile;
    public TimeSpan AnchorInterval { get; } = anchorInterval;

    /// <summary>Set when the key was generated locally (the host logs a warning).</summary>
    public string? GeneratedKeyFile { get; } = generatedKeyFile;

    public static AuditChainSettings From(IConfiguration configuration, bool isProduction, DatabaseSettings database, string contentRoot)
    {
        var section = configuration.GetSection("Audit");
        var configured = section["ChainKey"];
        string? generated = null;
        if (string.IsNullOrWhiteSpace(configured))
        {
            if (isProduction)
                throw new InvalidOperationException("Audit:ChainKey is not set. Production needs a secret of at least 32 characters kept outside the database (docs/security.md, \"Audit chain\").");
            generated = LocalSecretFile.PathFor(LocalKeyFileName, database, contentRoot);
            configured = LocalSecretFile.ReadOrCreate(generated);
        }
        else if (configured.Trim().Length < MinimumKeyLength)
        {
            throw new InvalidOperationException($"Audit:ChainKey must be at least {MinimumKeyLength} characters.");
        }

        var anchorFile = section["AnchorFile"] is { Length: > 0 } path
            ? Path.GetFullPath(path, contentRoot)
            : LocalSecretFile.PathFor(DefaultAnchorFileName(database), database, contentRoot);
        var minutes = section.GetValue("AnchorIntervalMinutes", 60);
        return new(Encoding.UTF8.GetBytes(configured.Trim()), anchorFile, TimeSpan.FromMinutes(minutes), generated);
    }

    /// <summary>
    /// Beside a SQLite file the name is fixed; for a server database it carries a digest of host, port and database
    /// name, so two databases run from the same folder never hold each other's chains against the wrong anchors.
    /// </summary>
    private static string DefaultAnchorFileName(DatabaseSettings database)
    {
        if (database.Provider == DatabaseProvider.Sqlite) return "audit-anchors.jsonl";
        var parts = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = database.ConnectionString };
        string Part(string key) => parts.TryGetValue(key, out var value) ? Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "" : "";
        var identity = $"{Part("Host")}|{Part("Port")}|{Part("Database")}".ToLowerInvariant();
        var digest = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(identity)))[..12];
        return $"audit-anchors-{digest}.jsonl";
    }
}

using System.Security.Cryptography;
using System.Text;

namespace Yiwang.Web.Platform.Identity.Keys;

/// <summary>
/// The secrets that encrypt the data-protection keys at rest: the current one (new keys) and earlier ones (to read keys
/// written before a rotation). Each secret becomes a 256-bit AES key; its id (a hash prefix) is stored beside every
/// encrypted key so the right one is found without trying them all.
/// </summary>
internal sealed class KeyEncryptionSecrets
{
    private readonly Dictionary<string, byte[]> byId = new(StringComparer.Ordinal);

    public KeyEncryptionSecrets(string current, IEnumerable<string> previous)
    {
        (CurrentId, Current) = Derive(current);
        byId[CurrentId] = Current;
        foreach (var secret in previous)
        {
            var (id, key) = Derive(secret);
            byId.TryAdd(id, key);
        }
    }

    public string CurrentId { get; }

    public byte[] Current { get; }

    public byte[]? Find(string id) => byId.GetValueOrDefault(id);

    private static (string Id, byte[] Key) Derive(string secret)
    {
        if (secret.Trim().Length < 32) throw new InvalidOperationException("DataProtection:KeyEncryptionKey must be at least 32 characters (e.g. openssl rand -base64 32).");
        var key = SHA256.HashData(Encoding.UTF8.GetBytes("yiwang-key-encryption:" + secret.Trim()));
        var id = Convert.ToHexStringLower(SHA256.HashData(key))[..16];
        return (id, key);
    }
}

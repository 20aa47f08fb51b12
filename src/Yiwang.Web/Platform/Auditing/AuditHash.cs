using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Auditing;

internal static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// HMAC-SHA-256, under the chain key, of the previous hash and every field, each length-prefixed so no two entries
    /// can collide by concatenation. Keyed, so an edited entry cannot be given a matching hash without the key.
    /// </summary>
    public static string Compute(AuditEntry e, byte[] key) =>
        Mac(key, e.PreviousHash, e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.At.UtcTicks.ToString(CultureInfo.InvariantCulture), e.ActorId, e.Action, e.Subject, e.Details ?? string.Empty);

    /// <summary>The same construction over any parts (the anchors sign sequence, hash and time with it).</summary>
    public static string Mac(byte[] key, params string[] parts)
    {
        var builder = new StringBuilder();
        foreach (var part in parts)
            builder.Append(part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part).Append('|');
        return Convert.ToHexStringLower(HMACSHA256.HashData(key, Encoding.UTF8.GetBytes(builder.ToString())));
    }
}

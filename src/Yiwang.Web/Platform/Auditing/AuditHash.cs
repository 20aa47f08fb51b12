using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Yiwang.Web.Platform.Data;

namespace Yiwang.Web.Platform.Auditing;

internal static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>SHA-256 over the previous hash and every field, each length-prefixed so no two entries can collide by concatenation.</summary>
    public static string Compute(AuditEntry e)
    {
        var builder = new StringBuilder();
        foreach (var part in new[]
                 {
                     e.PreviousHash, e.Sequence.ToString(CultureInfo.InvariantCulture),
                     e.At.UtcTicks.ToString(CultureInfo.InvariantCulture), e.ActorId, e.Action, e.Subject, e.Details ?? string.Empty,
                 })
        {
            builder.Append(part.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(part).Append('|');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }
}

namespace Yiwang.Enterprises.Features.ImportRegister;

/// <summary>RFC 4180 quoting for the few places that build CSV text by hand.</summary>
internal static class CsvText
{
    public static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";

    /// <summary>Writes <paramref name="value"/> quoted when needed, without allocating for the common case.</summary>
    public static void Write(TextWriter writer, ReadOnlySpan<char> value)
    {
        if (value.IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        foreach (var c in value)
        {
            if (c == '"') writer.Write('"');
            writer.Write(c);
        }

        writer.Write('"');
    }
}

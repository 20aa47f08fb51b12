namespace Yiwang.Arrears.Data;

/// <summary>Reads the module's embedded reference files (Data/Reference).</summary>
internal static class ArrearsData
{
    public static string ReadText(string fileName)
    {
        var name = "Yiwang.Arrears.Reference." + fileName;
        using var stream = typeof(ArrearsData).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

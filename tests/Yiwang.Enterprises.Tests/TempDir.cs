using System.Text;

namespace Yiwang.Enterprises.Tests;

/// <summary>A per-test temporary folder, removed afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "yiwang-tests-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text, Encoding encoding)
    {
        var path = File(name);
        System.IO.File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        return path;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a file still open on Windows must not fail the test.
        }
    }
}

internal static class Samples
{
    public const string Header = "uscc,name,region_code,industry_code,employees,revenue_10k_yuan,total_assets_10k_yuan";

    public static string Uscc(string region = "330106", string org = "MA27XW1K3") =>
        Kernel.Codes.Uscc.FromBody("91" + region + org).Value;

    /// <summary>A good manufacturing row (small under NBS 2017).</summary>
    public static string Good(string name = "杭州示例制造有限公司", string industry = "3011", string employees = "250", string revenue = "5000", string assets = "800") =>
        $"{Uscc()},{name},330106,{industry},{employees},{revenue},{assets}";
}

using Yiwang.Enterprises.Features.BatchClassify;
using Yiwang.Enterprises.Features.ImportRegister;

namespace Yiwang.Enterprises.Contracts;

/// <summary>Generates a synthetic enterprise register (CSV, UTF-8 with BOM) for load tests and demos.</summary>
public static class SyntheticRegister
{
    public static void Write(string outputPath, long count, int seed = 2017, IProgress<long>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        using var stream = new FileStream(outputPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new StreamWriter(stream, ClassifiedRegisterWriter.Utf8WithBom, 1 << 20);
        new SyntheticRegisterGenerator(seed).Write(writer, count, progress is null ? null : progress.Report);
    }
}

using System.Diagnostics;
using Yiwang.Enterprises.Contracts;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Enterprises.Features.ImportRegister;

namespace Yiwang.Enterprises.Features.BatchClassify;

/// <summary>
/// Chooses the path: CSV in and CSV out runs on <see cref="CsvBatchClassifier"/> (Sep spans, no per-row strings);
/// anything involving .xlsx goes through <see cref="RegisterReader"/> records.
/// </summary>
internal static class BatchClassifier
{
    public const int ProgressEvery = 1 << 16;

    public static SizeBatchSummary Run(SizeRuleSet set, SizeBatchRequest request, IProgress<SizeBatchProgress>? progress, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var input = RegisterReader.OpenFile(request.InputPath);
            using var errors = OpenWriter(request.ErrorsPath);
            ClassifiedRegisterWriter.WriteErrorsHeader(errors);
            var counters = new BatchCounters();
            string encoding;
            if (!RegisterReader.IsExcel(request.InputPath) && !RegisterReader.IsExcel(request.OutputPath))
            {
                using var output = OpenWriter(request.OutputPath);
                encoding = CsvBatchClassifier.Run(set, request.English, input, output, errors, counters, progress, ct);
            }
            else
            {
                encoding = RecordBatchClassifier.Run(set, request, input, errors, counters, progress, ct);
            }

            return counters.Summary(set, encoding, request, watch.Elapsed);
        }
        catch (RegisterFileException ex)
        {
            throw new SizeBatchException(SizeBatchFailure.InvalidInput, ex.Problem.Zh, ex.Problem.En, ex);
        }
    }

    private static StreamWriter OpenWriter(string path)
    {
        try
        {
            var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
            return new StreamWriter(stream, ClassifiedRegisterWriter.Utf8WithBom, 1 << 20);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException)
        {
            throw new SizeBatchException(SizeBatchFailure.UnwritableOutput, $"无法写入“{path}”：{ex.Message}", $"Cannot write '{path}': {ex.Message}", ex);
        }
    }
}

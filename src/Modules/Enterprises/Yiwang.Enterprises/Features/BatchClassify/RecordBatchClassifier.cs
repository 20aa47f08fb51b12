using Yiwang.Enterprises.Contracts;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Enterprises.Features.ImportRegister;
using Yiwang.Kernel.Files;

namespace Yiwang.Enterprises.Features.BatchClassify;

/// <summary>The path for .xlsx input or output: records with strings, still streamed row by row.</summary>
internal static class RecordBatchClassifier
{
    public static string Run(SizeRuleSet set, SizeBatchRequest request, FileStream input, StreamWriter errors,
        BatchCounters counters, IProgress<SizeBatchProgress>? progress, CancellationToken ct)
    {
        var excelIn = RegisterReader.IsExcel(request.InputPath);
        string encoding = "xlsx";
        IReadOnlyList<string> header = RegisterColumns.EnglishNames[..RegisterColumns.ReportingYear];
        IEnumerable<RegisterReadResult> results;
        if (excelIn)
        {
            results = RegisterReader.Read(input, request.InputPath, XlsxLimits.Format);
        }
        else
        {
            var (reader, columns, detected) = RegisterReader.OpenCsv(input, ownsStream: false);
            reader.Dispose();
            input.Position = 0;
            encoding = detected.WebName;
            header = columns.Header;
            results = RegisterReader.Read(input, request.InputPath, XlsxLimits.Format);
        }

        var rows = Classify(set, request.English, results, errors, counters, progress, input, ct);
        using var output = new FileStream(request.OutputPath, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        if (RegisterReader.IsExcel(request.OutputPath)) ClassifiedRegisterWriter.WriteXlsx(output, header, rows);
        else ClassifiedRegisterWriter.WriteCsv(output, header, rows);
        return encoding;
    }

    private static IEnumerable<ClassifiedRow> Classify(SizeRuleSet set, bool english, IEnumerable<RegisterReadResult> results,
        StreamWriter errors, BatchCounters counters, IProgress<SizeBatchProgress>? progress, FileStream input, CancellationToken ct)
    {
        foreach (var item in results)
        {
            var n = ++counters.Rows;
            if ((n & (BatchClassifier.ProgressEvery - 1)) == 0)
            {
                ct.ThrowIfCancellationRequested();
                progress?.Report(new SizeBatchProgress(n, input.Position, input.Length));
            }

            if (item.Error is { } error)
            {
                counters.Error(error.Key);
                ClassifiedRegisterWriter.WriteError(errors, error.LineNumber, error.Reason(english), error.Original);
                continue;
            }

            var record = item.Record!;
            var result = SizeClassifier.ClassifyFast(set, record.Industry.Value, record.Figures);
            var reason = set.Reasons.Text(result, english);
            if (result.Outcome != SizeOutcome.Classified)
            {
                counters.Error(BatchCounters.Kind(result.Outcome));
                ClassifiedRegisterWriter.WriteError(errors, record.LineNumber, reason, RegisterReader.OriginalText(record.Cells));
                continue;
            }

            counters.Count(result.Size);
            yield return new ClassifiedRow(record.Cells, result.Size.Code(), set.Rows[result.RowIndex].Id, set.Id, reason);
        }
    }
}

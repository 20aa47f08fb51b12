using Yiwang.Enterprises.Contracts;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Enterprises.Features.ImportRegister;
using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Features.BatchClassify;

/// <summary>
/// The 10-million-row path: each good row is copied verbatim from Sep's buffer and four pre-built strings are
/// appended, so no string is created per row. Only bad rows allocate (their message and original text).
/// </summary>
internal static class CsvBatchClassifier
{
    public static string Run(SizeRuleSet set, bool english, FileStream input, StreamWriter output, StreamWriter errors,
        BatchCounters counters, IProgress<SizeBatchProgress>? progress, CancellationToken ct)
    {
        var (reader, columns, encoding) = RegisterReader.OpenCsv(input, ownsStream: false);
        using (reader)
        {
            WriteHeader(output, columns);
            var rowIds = set.Rows.Select(r => r.Id).ToArray();
            var total = input.Length;
            foreach (var row in reader)
            {
                var n = ++counters.Rows;
                if ((n & (BatchClassifier.ProgressEvery - 1)) == 0)
                {
                    ct.ThrowIfCancellationRequested();
                    progress?.Report(new SizeBatchProgress(n, input.Position, total));
                }

                if (row.ColCount != columns.FileColumnCount)
                {
                    counters.Error("row.columns");
                    ClassifiedRegisterWriter.WriteError(errors, row.LineNumberFrom, english
                        ? $"The row has {row.ColCount} columns, the header {columns.FileColumnCount} (quote fields that contain commas)"
                        : $"本行有{row.ColCount}列，表头有{columns.FileColumnCount}列（字段中的逗号需加引号）", row.Span);
                    continue;
                }

                var raw = RawRegisterFields.FromRow(row, columns);
                if (!RegisterFieldParser.TryParse(raw, out var parsed, out var problem))
                {
                    counters.Error(problem!.Key);
                    ClassifiedRegisterWriter.WriteError(errors, row.LineNumberFrom, english ? problem.En : problem.Zh, row.Span);
                    continue;
                }

                var result = SizeClassifier.ClassifyFast(set, raw.Industry, parsed.Figures);
                var reason = set.Reasons.Text(result, english);
                if (result.Outcome != SizeOutcome.Classified)
                {
                    counters.Error(BatchCounters.Kind(result.Outcome));
                    ClassifiedRegisterWriter.WriteError(errors, row.LineNumberFrom, reason, row.Span);
                    continue;
                }

                counters.Count(result.Size);
                FormulaSafeRow.Write(output, row);
                output.Write(',');
                output.Write(result.Size.Code());
                output.Write(',');
                output.Write(rowIds[result.RowIndex]);
                output.Write(',');
                output.Write(set.Id);
                output.Write(',');
                CsvCells.WriteText(output, reason);
                output.Write('\n');
            }

            progress?.Report(new SizeBatchProgress(counters.Rows, total, total));
        }

        return encoding.WebName;
    }

    private static void WriteHeader(StreamWriter output, RegisterColumns columns)
    {
        for (var i = 0; i < columns.Header.Count; i++)
        {
            CsvCells.WriteText(output, columns.Header[i]);
            output.Write(',');
        }

        output.Write(string.Join(',', ClassifiedRegisterWriter.AddedColumns));
        output.Write('\n');
    }
}

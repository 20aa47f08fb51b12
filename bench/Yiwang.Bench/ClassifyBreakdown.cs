using System.Diagnostics;
using System.Globalization;
using System.Text;
using Yiwang.Enterprises.Contracts;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Enterprises.Features.ImportRegister;

namespace Yiwang.Bench;

/// <summary>
/// <c>breakdown --input X --output Y [--repeat 3]</c>: where the time of <c>yiwang classify</c> goes. Each stage is a
/// full pass over the file that does one more step than the one before (decode → split → parse → classify → the real
/// batch writing the output), so the difference between stages is the cost of that step. Median of the repeats.
/// </summary>
internal static class ClassifyBreakdown
{
    public static int Run(BenchArgs args)
    {
        var input = args.Required("input");
        var output = args.Required("output");
        var repeat = args.Int("repeat", 3);
        var set = SizeRuleSetCatalog.Default;
        (string Name, Func<long> Pass)[] stages =
        [
            ("1 read + UTF-8 decode", () => Decode(input)),
            ("2 + Sep split into rows/columns", () => Split(input, parse: false, classify: null)),
            ("3 + validate & parse fields (USCC, region, decimals)", () => Split(input, parse: true, classify: null)),
            ("4 + ClassifyFast + reason lookup", () => Split(input, parse: true, classify: set)),
            ("5 full batch (SizeClassificationBatch.Run, writes output)", () =>
                SizeClassificationBatch.Run(new SizeBatchRequest(input, output, null, English: false)).Rows),
        ];

        Console.WriteLine($"{"stage",-60} {"median s",9} {"min",7} {"max",7} {"rows/s",12} {"alloc MB",9}");
        double previous = 0;
        foreach (var (name, pass) in stages)
        {
            var times = new List<double>();
            long rows = 0, allocated = 0;
            for (var i = 0; i < repeat; i++)
            {
                GC.Collect();
                var before = GC.GetTotalAllocatedBytes(precise: true);
                var watch = Stopwatch.StartNew();
                rows = pass();
                times.Add(watch.Elapsed.TotalSeconds);
                allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
            }

            times.Sort();
            var median = times[times.Count / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name,-60} {median,9:F2} {times[0],7:F2} {times[^1],7:F2} {rows / median,12:N0} {allocated / 1e6,9:F1}   (+{median - previous:F2} s)"));
            previous = median;
        }

        return 0;
    }

    private static long Decode(string path)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, true, 1 << 16);
        var buffer = new char[1 << 16];
        long chars = 0, lines = 0;
        int n;
        while ((n = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            chars += n;
            lines += buffer.AsSpan(0, n).Count('\n');
        }

        return lines - 1;
    }

    private static long Split(string path, bool parse, SizeRuleSet? classify)
    {
        using var stream = RegisterReader.OpenFile(path);
        var (reader, columns, _) = RegisterReader.OpenCsv(stream, ownsStream: false);
        using (reader)
        {
            var p = columns.Positions;
            long rows = 0, check = 0;
            foreach (var row in reader)
            {
                rows++;
                if (!parse)
                {
                    check += row[p[RegisterColumns.Industry]].Span.Length + row[p[RegisterColumns.Assets]].Span.Length;
                    continue;
                }

                var raw = RawRegisterFields.FromRow(row, columns);
                if (!RegisterFieldParser.TryParse(raw, out var parsed, out _)) continue;
                if (classify is null)
                {
                    check += parsed.Figures.Employees ?? 0;
                    continue;
                }

                var result = SizeClassifier.ClassifyFast(classify, raw.Industry, parsed.Figures);
                check += classify.Reasons.Text(result, english: false).Length;
            }

            return check < 0 ? -1 : rows;
        }
    }
}

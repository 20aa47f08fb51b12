using BenchmarkDotNet.Attributes;
using Yiwang.Enterprises.Domain.SizeClassification;
using Yiwang.Enterprises.Features.ImportRegister;
using Yiwang.Kernel.Codes;

namespace Yiwang.Bench;

/// <summary>
/// The size classifier on ~1M realistic inputs. Every benchmark reports time per classification
/// (OperationsPerInvoke = number of inputs in one pass).
/// </summary>
[MemoryDiagnoser]
public class CoreBenchmarks
{
    public const int Rows = 1 << 20;

    // The explained path builds records, lists and texts per call; a 64k slice keeps one pass under a second.
    public const int ExplainedRows = 1 << 16;

    private SizeRuleSet set = null!;
    private CoreInputs inputs = null!;
    private short[] resolvedRows = null!;
    private IndustryCode[] parsedCodes = null!;

    [GlobalSetup]
    public void Setup()
    {
        set = SizeRuleSetCatalog.Find("nbs-2017") ?? throw new InvalidOperationException("nbs-2017 is not embedded");
        inputs = CoreInputs.Create(Rows);
        resolvedRows = inputs.Industries.Select(c => set.Lookup.Resolve(c)).ToArray();
        parsedCodes = inputs.Industries.Take(ExplainedRows).Select(IndustryCode.Parse).ToArray();
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Rows, Description = "ClassifyFast (code text + figures)")]
    public int ClassifyFast()
    {
        var industries = inputs.Industries;
        var figures = inputs.Figures;
        var sum = 0;
        for (var i = 0; i < industries.Length; i++)
        {
            var r = SizeClassifier.ClassifyFast(set, industries[i], in figures[i]);
            sum += (int)r.Size + r.RowIndex;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Rows, Description = "ClassifyRow (row pre-resolved)")]
    public int ClassifyRowOnly()
    {
        var rows = resolvedRows;
        var figures = inputs.Figures;
        var sum = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            if (rows[i] < 0) continue;
            var r = SizeClassifier.ClassifyRow(set, rows[i], in figures[i]);
            sum += (int)r.Size;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Rows, Description = "Parse CSV fields + ClassifyFast")]
    public int ParseAndClassify()
    {
        var sum = 0;
        for (var i = 0; i < Rows; i++)
        {
            var raw = new RawRegisterFields
            {
                Uscc = inputs.Field(i, 0),
                Name = inputs.Field(i, 1),
                Region = inputs.Field(i, 2),
                Industry = inputs.Field(i, 3),
                Employees = inputs.Field(i, 4),
                Revenue = inputs.Field(i, 5),
                Assets = inputs.Field(i, 6),
            };
            if (!RegisterFieldParser.TryParse(raw, out var parsed, out _)) continue;
            var r = SizeClassifier.ClassifyFast(set, raw.Industry, parsed.Figures);
            sum += (int)r.Size + r.RowIndex;
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = ExplainedRows, Description = "Classify (explained, allocating)")]
    public int ClassifyExplained()
    {
        var figures = inputs.Figures;
        var sum = 0;
        for (var i = 0; i < parsedCodes.Length; i++)
        {
            var r = SizeClassifier.Classify(set, parsedCodes[i], figures[i]);
            sum += r.Explanation.Count;
        }

        return sum;
    }
}

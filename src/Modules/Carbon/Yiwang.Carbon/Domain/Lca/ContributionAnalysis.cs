namespace Yiwang.Carbon.Domain.Lca;

/// <summary>
/// Direct contributions C·B·diag(s) (Brightway's characterized inventory summed over flows; openLCA's "direct
/// impacts"): what each process emits itself at its scaled activity, per impact category. Columns add up to h.
/// </summary>
internal static class ContributionAnalysis
{
    /// <summary>[impact][process].</summary>
    public static double[][] ByProcess(LcaSystem system, LcaResult result)
    {
        ArgumentNullException.ThrowIfNull(system);
        ArgumentNullException.ThrowIfNull(result);
        var c = system.Characterization ?? throw new ArgumentException("contributions to impacts need a characterization matrix", nameof(system));
        var b = system.Biosphere;
        var byProcess = new double[c.Rows][];
        for (var k = 0; k < c.Rows; k++) byProcess[k] = new double[b.Cols];
        for (var j = 0; j < b.Cols; j++)
        {
            for (var p = b.ColStart[j]; p < b.ColStart[j + 1]; p++)
            {
                var flow = b.RowIndex[p];
                var emitted = b.Values[p] * result.Scaling[j];
                for (var q = c.ColStart[flow]; q < c.ColStart[flow + 1]; q++) byProcess[c.RowIndex[q]][j] += c.Values[q] * emitted;
            }
        }

        return byProcess;
    }

    /// <summary>
    /// Process contributions summed by life-cycle stage label (e.g. raw material, production, distribution, end of
    /// life — the EU battery breakdown), stages in order of first appearance; [impact] per stage.
    /// </summary>
    public static IReadOnlyList<StageContribution> ByStage(double[][] byProcess, IReadOnlyList<string> stageOfProcess)
    {
        ArgumentNullException.ThrowIfNull(byProcess);
        ArgumentNullException.ThrowIfNull(stageOfProcess);
        if (byProcess.Any(row => row.Length != stageOfProcess.Count))
            throw new ArgumentException($"one stage label per process is needed, got {stageOfProcess.Count}", nameof(stageOfProcess));
        var stages = new List<StageContribution>();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var j = 0; j < stageOfProcess.Count; j++)
        {
            if (!index.TryGetValue(stageOfProcess[j], out var s))
            {
                index[stageOfProcess[j]] = s = stages.Count;
                stages.Add(new StageContribution(stageOfProcess[j], new double[byProcess.Length], []));
            }

            stages[s].Processes.Add(j);
            for (var k = 0; k < byProcess.Length; k++) stages[s].Impacts[k] += byProcess[k][j];
        }

        return stages;
    }
}

/// <summary>One life-cycle stage: its label, its impacts (one per category) and the processes it gathers.</summary>
internal sealed record StageContribution(string Stage, double[] Impacts, List<int> Processes);

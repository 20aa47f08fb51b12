using Yiwang.Carbon.Domain.Lca;

namespace Yiwang.Carbon.Tests.Domain.Lca;

public sealed class ContributionAnalysisTests
{
    [Fact]
    public void Process_contributions_of_Heijungs_Suh_add_up_to_the_impacts()
    {
        // Impacts: GWP (CO2 = 1) and acidification (SO2 = 1).
        var system = LcaSystem.Factorize(
            SparseMatrix.FromDense(ReferenceFixtureTests.HeijungsSuhA),
            SparseMatrix.FromDense(ReferenceFixtureTests.HeijungsSuhB),
            SparseMatrix.FromDense([[1, 0, 0], [0, 1, 0]]));
        var result = system.Calculate([0, 1000]);

        var byProcess = ContributionAnalysis.ByProcess(system, result);

        // Electricity process: 100 × 1 kg CO2, 100 × 0.1 kg SO2; fuel process: 2 × 10 kg CO2, 2 × 2 kg SO2.
        Assert.Equal([100.0, 20.0], byProcess[0]);
        Assert.Equal(10.0, byProcess[1][0], 1e-12);
        Assert.Equal(4.0, byProcess[1][1]);
        Assert.Equal(result.Impacts![0], byProcess[0].Sum(), 1e-12);
        Assert.Equal(result.Impacts[1], byProcess[1].Sum(), 1e-12);
    }

    [Fact]
    public void Stage_contributions_sum_the_processes_of_each_stage()
    {
        var system = LcaSystem.Factorize(
            SparseMatrix.FromDense([[1, 0, 0], [-1, 1, 0], [0, -1, 1]]),
            SparseMatrix.FromDense([[1, 2, 3]]),
            SparseMatrix.FromDense([[2]]));
        var result = system.Calculate([2, 0, 0]);
        var byProcess = ContributionAnalysis.ByProcess(system, result);

        var stages = ContributionAnalysis.ByStage(byProcess, ["raw material", "raw material", "main production"]);

        Assert.Equal(["raw material", "main production"], stages.Select(s => s.Stage));
        Assert.Equal([12.0], stages[0].Impacts);
        Assert.Equal([0, 1], stages[0].Processes);
        Assert.Equal([12.0], stages[1].Impacts);
        Assert.Equal(result.Impacts![0], stages.Sum(s => s.Impacts[0]));
    }

    [Fact]
    public void Stage_labels_must_cover_every_process()
    {
        Assert.Throws<ArgumentException>(() => ContributionAnalysis.ByStage([[1.0, 2.0]], ["only one"]));
    }
}

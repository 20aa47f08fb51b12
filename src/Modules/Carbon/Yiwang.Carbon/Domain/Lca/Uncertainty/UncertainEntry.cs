namespace Yiwang.Carbon.Domain.Lca.Uncertainty;

/// <summary>Which matrix an uncertain exchange lives in.</summary>
internal enum LcaMatrix
{
    Technosphere,
    Biosphere,
}

/// <summary>An entry of A or B (it must be stored in the matrix) whose amount is drawn from a distribution.</summary>
internal sealed record UncertainEntry(LcaMatrix Matrix, int Row, int Col, Distribution Distribution);

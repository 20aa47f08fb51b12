namespace Yiwang.Carbon.Domain.Lca;

/// <summary>One matrix entry in coordinate form; entries that share a position are summed.</summary>
internal readonly record struct Triplet(int Row, int Col, double Value);

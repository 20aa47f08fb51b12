namespace Yiwang.Kernel.Codes;

/// <summary>
/// One GB/T 2260 division. <paramref name="Parent"/> is null for provinces; for a county it is the prefecture when that
/// row exists and otherwise the province (直辖市 districts, 省直辖县级行政区 such as 429004 仙桃市).
/// </summary>
public sealed record RegionInfo(RegionCode Code, string Name, RegionCode? Parent, JurisdictionLevel Level);

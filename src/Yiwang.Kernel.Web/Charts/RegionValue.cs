using Yiwang.Kernel.Codes;

namespace Yiwang.Kernel.Web.Charts;

/// <summary>One province's figure on a <see cref="ProvinceMap"/>; null = no data (drawn grey, listed as such).</summary>
public sealed record RegionValue(RegionCode Province, double? Value);

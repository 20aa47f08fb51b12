namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>Lower bounds of one tier (大型/中型/小型) of one row; only the row's indicators are set.</summary>
internal sealed record TierBounds(int? Employees, decimal? RevenueTenThousandYuan, decimal? TotalAssetsTenThousandYuan)
{
    public decimal? Get(SizeIndicator indicator) => indicator switch
    {
        SizeIndicator.Employees => Employees,
        SizeIndicator.RevenueTenThousandYuan => RevenueTenThousandYuan,
        _ => TotalAssetsTenThousandYuan,
    };
}

/// <summary>How a tier's bounds combine. 300号 and NBS both use <see cref="All"/> (且); a draft may differ.</summary>
internal enum TierCombinator : byte
{
    /// <summary>Every listed lower bound must be met (且); failing any drops one tier (下划一档).</summary>
    All,

    /// <summary>Meeting any one listed lower bound is enough (或).</summary>
    Any,
}

/// <summary>
/// smeOnly: 300号, which defines 中/小/微 and calls anything at or above every ceiling "不属于中小企业".
/// LargeMediumSmallMicro: the NBS statistical cascade with an explicit 大型 tier.
/// </summary>
internal enum RuleSetProfile : byte
{
    SmeOnly,
    LargeMediumSmallMicro,
}

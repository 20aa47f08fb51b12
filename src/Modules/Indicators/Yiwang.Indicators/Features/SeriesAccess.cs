using Yiwang.Kernel.Access;
using Yiwang.Kernel.Codes;

namespace Yiwang.Indicators.Features;

/// <summary>
/// Who may write a series: the statistics authority it belongs to. National series (000000) are written by national
/// officials, a province's series by that province's officials. Admins run the platform, not the statistics, and
/// enterprises and city/county officials own no series; reading stays public.
/// </summary>
internal static class SeriesAccess
{
    public static bool OwnsAnySeries(CallerScope caller) =>
        caller.IsOfficial && caller.Jurisdiction is { Level: JurisdictionLevel.National or JurisdictionLevel.Province };

    public static bool CanWrite(CallerScope caller, string region) =>
        OwnsAnySeries(caller) && caller.Jurisdiction!.Value.Value == region;
}

using Yiwang.Carbon.Domain.Footprints;

namespace Yiwang.Carbon.Features.Pact;

/// <summary>
/// The emission figures of a PACT CarbonFootprint, per PACT declared unit, kept consistent with one another as the v2
/// data model defines them: <c>pCfExcludingBiogenic</c> = <c>fossilGhgEmissions</c> (no dLUC, aircraft or land
/// management is modelled, so nothing else adds to it; both ≥ 0); <c>pCfIncludingBiogenic</c> = that + biogenic
/// emissions (<c>otherBiogenicGhgEmissions</c>, ≥ 0) + <c>biogenicCarbonWithdrawal</c> (the carbon in the product as
/// −44/12 × <c>biogenicCarbonContent</c>, ≤ 0), so it may be negative.
/// </summary>
internal sealed record PactCarbonFigures(
    double FossilGhgEmissions, double OtherBiogenicGhgEmissions, double BiogenicCarbonContentKgC, double BiogenicCarbonWithdrawal)
{
    public double PcfExcludingBiogenic => FossilGhgEmissions;

    public double PcfIncludingBiogenic => FossilGhgEmissions + OtherBiogenicGhgEmissions + BiogenicCarbonWithdrawal;

    /// <summary>True when biogenic emissions had to be apportioned (see <see cref="Of"/>).</summary>
    public bool SplitProRata { get; private init; }

    /// <param name="cradleToGateKgCo2e">Cradle-to-gate footprint per our declared unit.</param>
    /// <param name="fossilKgCo2e">Fossil emissions over the whole modelled life cycle.</param>
    /// <param name="biogenicKgCo2e">Biogenic emissions over the whole modelled life cycle.</param>
    /// <param name="contentKgC">Declared biogenic carbon content per our declared unit (null: not declared, exported as 0).</param>
    /// <param name="unitaryProductAmount">PACT declared units in one of ours (1 t = 1000 kilogram).</param>
    /// <remarks>
    /// The result keeps the fossil/biogenic split for the whole life cycle only, so when a footprint has biogenic
    /// emissions the cradle-to-gate value is split in the same proportion. With no biogenic emissions (every starter
    /// template today; supplier PACT values arrive as CO2e) the split is exact.
    /// </remarks>
    public static PactCarbonFigures Of(double cradleToGateKgCo2e, double fossilKgCo2e, double biogenicKgCo2e, double? contentKgC, double unitaryProductAmount)
    {
        if (unitaryProductAmount <= 0) throw new ArgumentOutOfRangeException(nameof(unitaryProductAmount), "PACT asks unitaryProductAmount > 0");
        var perUnit = cradleToGateKgCo2e / unitaryProductAmount;
        var emitted = fossilKgCo2e + biogenicKgCo2e;
        var biogenicShare = biogenicKgCo2e == 0 || emitted == 0 ? 0 : Math.Clamp(biogenicKgCo2e / emitted, 0, 1);
        var biogenic = Math.Max(0, perUnit * biogenicShare);
        var content = (contentKgC ?? 0) / unitaryProductAmount;
        return new PactCarbonFigures(Math.Max(0, perUnit - biogenic), biogenic, content, BiogenicCarbon.WithdrawalKgCo2e(content))
        {
            SplitProRata = biogenicShare is > 0 and < 1,
        };
    }
}

namespace Yiwang.Carbon.Domain.Footprints;

/// <summary>
/// Biogenic carbon held in the product itself (kg C per declared unit), as the company declares it. GB/T 24067 /
/// ISO 14067 ask the report to state it apart from the emissions; PACT carries it as <c>biogenicCarbonContent</c>
/// (kg C, ≥ 0) and, converted to CO2 with a minus sign, as <c>biogenicCarbonWithdrawal</c> (kg CO2e, ≤ 0).
/// </summary>
internal static class BiogenicCarbon
{
    /// <summary>
    /// kg CO2 per kg C, the molar-mass ratio 44/12. The PACT v2 example footprint (spec/v2/examples/get-footprint-response.json)
    /// uses the same rounding: 0.41 kg C of content beside a withdrawal of −1.5 kg CO2e.
    /// </summary>
    public const double Co2PerCarbon = 44.0 / 12.0;

    /// <summary>Beyond any product: more carbon than the product weighs is impossible; for units without a mass this is only an absurdity guard.</summary>
    public const double CeilingWithoutMassKgC = 1000;

    /// <summary>The CO2 taken up to build the carbon into the product, as PACT reports it (≤ 0).</summary>
    public static double WithdrawalKgCo2e(double contentKgC) => contentKgC == 0 ? 0 : -contentKgC * Co2PerCarbon;

    /// <summary>
    /// The most biogenic carbon a declared unit can hold: its mass when the unit is a mass (carbon cannot outweigh the
    /// product), otherwise <see cref="CeilingWithoutMassKgC"/>.
    /// </summary>
    /// <param name="productMassKg">Mass of one declared unit in kg, or null when the declared unit is not a mass (kWh, a vehicle …).</param>
    public static double CeilingKgC(double? productMassKg) => productMassKg is { } m && m > 0 ? m : CeilingWithoutMassKgC;
}

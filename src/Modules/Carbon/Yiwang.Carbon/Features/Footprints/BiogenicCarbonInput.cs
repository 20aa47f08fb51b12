using System.Globalization;
using Yiwang.Carbon.Domain.Footprints;
using Yiwang.Carbon.Domain.Templates;
using Yiwang.Kernel.Text;

namespace Yiwang.Carbon.Features.Footprints;

/// <summary>Checks the biogenic carbon content an enterprise declares with a footprint (kg C per the template's declared unit).</summary>
internal static class BiogenicCarbonInput
{
    public const string Field = "biogenicCarbonContentKgC";

    /// <summary>Mass of one declared unit in kg when the template's PACT unit is a mass (1 t of steel = 1000 kilogram), else null.</summary>
    public static double? ProductMassKg(ProductTemplate template)
    {
        ArgumentNullException.ThrowIfNull(template);
        return template.Pact.DeclaredUnit == "kilogram" ? template.Pact.UnitaryProductAmount : null;
    }

    /// <returns>Why the content is malformed (negative, not finite, more carbon than the declared unit can hold), or null when it is fine or not given.</returns>
    public static Bilingual? Problem(double? contentKgC, ProductTemplate template)
    {
        if (contentKgC is not { } c) return null;
        if (!double.IsFinite(c) || c < 0)
            return new("生物源碳含量应为不小于 0 的有限数字（kg C/声明单位）", "Biogenic carbon content must be a finite number of at least 0 (kg C per declared unit)");
        var mass = ProductMassKg(template);
        var ceiling = BiogenicCarbon.CeilingKgC(mass);
        if (c <= ceiling) return null;
        var max = ceiling.ToString("0.###", CultureInfo.InvariantCulture);
        return mass is null
            ? new($"生物源碳含量不合理：每个声明单位超过 {max} kg C", $"Biogenic carbon content is implausible: more than {max} kg C per declared unit")
            : new($"生物源碳含量不能超过产品本身的质量（每个声明单位 {max} kg）", $"Biogenic carbon content cannot exceed the product's own mass ({max} kg per declared unit)");
    }
}

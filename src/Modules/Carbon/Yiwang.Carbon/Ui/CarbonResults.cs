using Yiwang.Carbon.Domain.Factors;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Commands;

namespace Yiwang.Carbon.Ui;

/// <summary>The failures the module's handlers answer in more than one place.</summary>
internal static class CarbonResults
{
    public static readonly CommandResult EnterpriseOnly = CommandResult.Forbidden(
        new("仅企业账号可以核算和管理本企业的产品碳足迹", "Only an enterprise account can compute and manage its own product footprints"));

    public static readonly Bilingual NoSuchFootprint = new("未找到该碳足迹或无权查看", "No such footprint in your scope");

    /// <summary>
    /// The product model's refusal (a unit mismatch, a factor a footprint may not use, a rating off the scale), found deep in
    /// the calculator, as the handler's answer: 422 naming the field when the model names one.
    /// </summary>
    public static CommandResult<T> Refused<T>(ProductModelException refusal)
    {
        ArgumentNullException.ThrowIfNull(refusal);
        return (refusal.Field is { } field ? CommandResult.Unprocessable(field, refusal.Reason) : CommandResult.Unprocessable(refusal.Reason)).As<T>();
    }
}

using Yiwang.Enterprises.Ui;
using Yiwang.Kernel.Codes;
using Yiwang.Kernel.Text;
using Yiwang.Kernel.Web.Ui;

namespace Yiwang.Enterprises.Features.BrowseRegister;

/// <summary>The register table's columns: names, not codes; figures rounded to their unit; the size by its label.</summary>
internal static class RegisterColumnsView
{
    public static IReadOnlyList<TableColumn<EnterpriseDto>> For() =>
    [
        new(Bilingual.T("企业名称", "Name"), e => b =>
        {
            b.OpenElement(0, "a");
            b.AddAttribute(1, "href", $"/enterprises/{e.Uscc}");
            b.AddContent(2, e.Name);
            b.CloseElement();
        }) { Primary = true },
        TableColumn.Text<EnterpriseDto>(Bilingual.T("所在地区", "Region"), e => RegionName(e.RegionCode)),
        TableColumn.Text<EnterpriseDto>(Bilingual.T("行业", "Industry"), e => IndustryName(e.IndustryCode)),
        TableColumn.Text<EnterpriseDto>(Bilingual.T("从业人员（人）", "Employees"), e => Figures.Count(e.Employees), numeric: true),
        TableColumn.Text<EnterpriseDto>(Bilingual.T("营业收入（万元）", "Revenue (10k yuan)"), e => Figures.Number(e.RevenueTenThousandYuan), numeric: true),
        TableColumn.Text<EnterpriseDto>(Bilingual.T("资产总额（万元）", "Total assets (10k yuan)"), e => Figures.Number(e.TotalAssetsTenThousandYuan), numeric: true),
        new(Bilingual.T("规模", "Size"), e => b =>
        {
            b.OpenComponent<SizeTag>(0);
            b.AddComponentParameter(1, nameof(SizeTag.Size), e.Size);
            b.CloseComponent();
        }),
    ];

    public static string RegionName(string code) => RegionCode.TryParse(code, out var region, out _) ? ProvinceNames.FullName(region) : code;

    public static string IndustryName(string code) => IndustryNames.Of(code);
}

using Yiwang.Kernel.Text;

namespace Yiwang.Arrears.Domain.Interest;

/// <summary>
/// The provisions the payment-term and interest rules cite. Texts: shared/reference/regulation-2025.md (国务院令第802号,
/// in force 2025-06-01); the 2020 text (第728号) numbers the same rules one lower (第八、九、十五条) with the same wording
/// on interest, so one citation names both.
/// </summary>
internal static class Articles
{
    private const string Regulation = "《保障中小企业款项支付条例》";
    private const string RegulationEn = "Regulation on Ensuring Payments to SMEs";

    public static readonly Bilingual Scope = new($"{Regulation}第二条", $"{RegulationEn}, art. 2");

    public static readonly Bilingual PublicBodyTerm = new($"{Regulation}第九条第一款（2020年版第八条第一款）", $"{RegulationEn}, art. 9(1) (2020 text: art. 8(1))");

    public static readonly Bilingual LargeEnterpriseTerm = new($"{Regulation}第九条第二款", $"{RegulationEn}, art. 9(2)");

    public static readonly Bilingual OtherLaws = new($"{Regulation}第九条第三款", $"{RegulationEn}, art. 9(3)");

    public static readonly Bilingual SettlementStart = new($"{Regulation}第九条第四款", $"{RegulationEn}, art. 9(4)");

    public static readonly Bilingual AcceptanceStart = new($"{Regulation}第十条第一款", $"{RegulationEn}, art. 10(1)");

    public static readonly Bilingual DelayedAcceptance = new($"{Regulation}第十条第二款", $"{RegulationEn}, art. 10(2)");

    public static readonly Bilingual LateInterest = new($"{Regulation}第十七条（2020年版第十五条，措辞相同）", $"{RegulationEn}, art. 17 (2020 text: art. 15, same wording)");

    public static readonly Bilingual PeriodStart = new("《中华人民共和国民法典》第二百零一条", "Civil Code of the PRC, art. 201");

    public static readonly Bilingual PeriodEndOnHoliday = new("《中华人民共和国民法典》第二百零三条", "Civil Code of the PRC, art. 203");

    public static readonly Bilingual PaymentOrder = new("《中华人民共和国民法典》第五百六十一条", "Civil Code of the PRC, art. 561");

    /// <summary>The 2020 regulation took effect on this day (2020 text 第二十九条); it has no late-interest rule before it.</summary>
    public static readonly DateOnly FirstInForce = new(2020, 9, 1);
}

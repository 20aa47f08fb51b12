using System.Globalization;
using Yiwang.Kernel.Codes;
using static Yiwang.Enterprises.Features.BatchClassify.SyntheticProfiles;

namespace Yiwang.Enterprises.Features.BatchClassify;

/// <summary>
/// Writes a realistic-looking register: weighted industries and provinces, real county codes, valid USCCs, and
/// log-normal firm sizes (most micro and small, a thin tail of large firms). Deterministic for a given seed.
/// </summary>
internal sealed class SyntheticRegisterGenerator
{
    // GB 32100-2015 code alphabet; the organisation-code part (positions 9–17) uses it too.
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] OrgWeights = [3, 7, 9, 10, 5, 8, 4, 2];

    private readonly Random random;
    private readonly double[] industryCumulative;
    private readonly double[] provinceCumulative;
    private readonly string[][] counties;
    private readonly char[] body = new char[17];

    public SyntheticRegisterGenerator(int seed)
    {
        random = new Random(seed);
        industryCumulative = Cumulative(Industries.Select(i => i.Weight));
        provinceCumulative = Cumulative(ProvinceWeights.Select(p => p.Weight));
        counties = ProvinceWeights.Select(p => CountiesOf(p.Province)).ToArray();
    }

    public void Write(TextWriter writer, long count, Action<long>? progress = null)
    {
        writer.Write("uscc,name,region_code,industry_code,employees,revenue_10k_yuan,total_assets_10k_yuan\n");
        Span<char> number = stackalloc char[32];
        for (long n = 1; n <= count; n++)
        {
            var industry = Industries[Pick(industryCumulative)];
            var province = Pick(provinceCumulative);
            var region = counties[province][random.Next(counties[province].Length)];
            var employees = (int)Math.Min(200_000, Math.Round(LogNormal(Math.Log(6), 1.4)));
            var revenue = Math.Round((decimal)(Math.Max(employees, 1) * LogNormal(Math.Log(industry.RevenuePerEmployeeTenThousandYuan), 0.8)), 2);
            var assets = Math.Round(revenue * (decimal)LogNormal(Math.Log(industry.AssetsToRevenue), 0.6), 2);

            writer.Write(Uscc(region));
            writer.Write(',');
            WriteName(writer, region, industry.Word);
            writer.Write(',');
            writer.Write(region);
            writer.Write(',');
            writer.Write(industry.Code);
            writer.Write(',');
            writer.Write(employees);
            writer.Write(',');
            revenue.TryFormat(number, out var w, "0.##", CultureInfo.InvariantCulture);
            writer.Write(number[..w]);
            writer.Write(',');
            assets.TryFormat(number, out w, "0.##", CultureInfo.InvariantCulture);
            writer.Write(number[..w]);
            writer.Write('\n');
            if ((n & 0xFFFF) == 0) progress?.Invoke(n);
        }

        progress?.Invoke(count);
    }

    private string Uscc(string region)
    {
        // "91" = registered by market regulation (9), enterprise (1); then the region and an organisation code
        // whose ninth character is its own GB 11714 check digit.
        body[0] = '9';
        body[1] = '1';
        region.CopyTo(body.AsSpan(2));
        var sum = 0;
        for (var i = 0; i < 8; i++)
        {
            var c = Alphabet[random.Next(Alphabet.Length)];
            body[8 + i] = c;
            sum += (char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10) * OrgWeights[i];
        }

        var check = 11 - (sum % 11);
        body[16] = check == 10 ? 'X' : check == 11 ? '0' : (char)('0' + check);
        return Kernel.Codes.Uscc.FromBody(new string(body)).Value;
    }

    private void WriteName(TextWriter writer, string region, string word)
    {
        var name = RegionDirectory.Default.Find(region)?.Name ?? string.Empty;
        writer.Write(name.Length > 0 ? name[..^1] : "中");
        writer.Write(NameWords[random.Next(NameWords.Length)]);
        writer.Write(NameWords[random.Next(NameWords.Length)]);
        writer.Write(word);
        writer.Write("有限公司");
    }

    private double LogNormal(double mu, double sigma)
    {
        // Box–Muller: two uniforms give one standard normal.
        var u1 = 1.0 - random.NextDouble();
        var u2 = random.NextDouble();
        return Math.Exp(mu + (sigma * Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2)));
    }

    private int Pick(double[] cumulative)
    {
        var index = Array.BinarySearch(cumulative, random.NextDouble() * cumulative[^1]);
        return Math.Min(index < 0 ? ~index : index, cumulative.Length - 1);
    }

    private static double[] Cumulative(IEnumerable<double> weights)
    {
        var sum = 0.0;
        return weights.Select(w => sum += w).ToArray();
    }

    private static string[] CountiesOf(string province)
    {
        var directory = RegionDirectory.Default;
        var counties = directory.ChildrenOf(RegionCode.Parse(province + "0000"))
            .SelectMany(c => c.Level == JurisdictionLevel.County ? [c] : directory.ChildrenOf(c.Code))
            .Where(c => c.Level == JurisdictionLevel.County)
            .Select(c => c.Code.Value)
            .ToArray();
        return counties.Length > 0 ? counties : FallbackCounties[province];
    }
}

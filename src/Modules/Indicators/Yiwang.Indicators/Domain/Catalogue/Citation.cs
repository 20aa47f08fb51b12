using System.Text.RegularExpressions;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Domain.Catalogue;

/// <summary>Who published a figure and in which document, as a person cites it: 国家统计局《…统计公报》.</summary>
internal sealed partial record Citation(Bilingual Publisher, Bilingual Document)
{
    public Bilingual Text => new($"{Publisher.Zh}《{Document.Zh}》", $"{Publisher.En}, {Document.En}");

    /// <summary>The source an official typed into an import file, without web addresses (those are not for the public).</summary>
    public static Bilingual OfImported(string source)
    {
        var text = WebAddress().Replace(source ?? string.Empty, string.Empty).Trim(' ', ';', '；', ',', '，', '(', ')', '（', '）');
        return text.Length > 0 ? new Bilingual(text, text) : new Bilingual("统计主管部门报送", "reported by the statistics authority");
    }

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+|\b[\w.-]+\.(?:com|cn|org|net|gov)(?:\.cn)?(?:/\S*)?", RegexOptions.IgnoreCase)]
    private static partial Regex WebAddress();
}

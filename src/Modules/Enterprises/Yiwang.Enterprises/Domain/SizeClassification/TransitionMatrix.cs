using Yiwang.Kernel.Text;

namespace Yiwang.Enterprises.Domain.SizeClassification;

/// <summary>Where an enterprise lands under a rule set: a size, outside the scope, or unclassifiable data.</summary>
internal enum ImpactCategory : byte
{
    [Label("微型", "Micro")]
    Micro = 0,

    [Label("小型", "Small")]
    Small = 1,

    [Label("中型", "Medium")]
    Medium = 2,

    [Label("大型", "Large")]
    Large = 3,

    [Label("不在划型范围", "Not covered")]
    NotCovered = 4,

    [Label("数据有误", "Data error")]
    Error = 5,
}

/// <summary>Counts of enterprises moving from one category (old rule set) to another (new rule set).</summary>
internal sealed class TransitionMatrix
{
    public const int Size = 6;
    private readonly long[] counts = new long[Size * Size];

    public static readonly string[] CategoryCodes = ["micro", "small", "medium", "large", "not_covered", "error"];

    public long this[ImpactCategory from, ImpactCategory to] => counts[((int)from * Size) + (int)to];

    public long Total { get; private set; }

    public void Add(ImpactCategory from, ImpactCategory to)
    {
        counts[((int)from * Size) + (int)to]++;
        Total++;
    }

    public long Unchanged => Enumerable.Range(0, Size).Sum(i => counts[(i * Size) + i]);

    /// <summary>Classified under both sets and larger under the new one.</summary>
    public long MovedUp => Pairs().Where(p => p.From < p.To).Sum(p => this[p.From, p.To]);

    public long MovedDown => Pairs().Where(p => p.From > p.To).Sum(p => this[p.From, p.To]);

    public long From(ImpactCategory from) => Enumerable.Range(0, Size).Sum(to => counts[((int)from * Size) + to]);

    public long To(ImpactCategory to) => Enumerable.Range(0, Size).Sum(from => counts[(from * Size) + (int)to]);

    private static IEnumerable<(ImpactCategory From, ImpactCategory To)> Pairs()
    {
        for (var f = ImpactCategory.Micro; f <= ImpactCategory.Large; f++)
        {
            for (var t = ImpactCategory.Micro; t <= ImpactCategory.Large; t++) yield return (f, t);
        }
    }
}

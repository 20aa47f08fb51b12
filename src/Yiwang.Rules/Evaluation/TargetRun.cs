using Yiwang.Kernel.Text;

namespace Yiwang.Rules.Evaluation;

/// <summary>
/// The outcome of one <see cref="CompiledTarget.Evaluate"/> call, in buffers reused call after call so a batch row
/// allocates nothing here: keep one per thread. Read it before the next call overwrites it.
/// </summary>
public sealed class TargetRun
{
    private readonly List<int> unmet = [];
    private readonly List<int> missing = [];
    private bool[] marks = [];

    public Outcome Outcome { get; internal set; }

    public bool Eligible => Outcome == Outcome.Met;

    /// <summary>The score total, null when the target has no scoring.</summary>
    public decimal? Score { get; internal set; }

    public decimal? PassMark { get; internal set; }

    /// <summary>The direct condition that qualified the enterprise (only looked for when the score fell short).</summary>
    public string? AppliedDirectCondition { get; internal set; }

    public int UnmetCount => unmet.Count;

    public int MissingCount => missing.Count;

    public int GapCount => Gaps.Count;

    internal CompiledTarget Target { get; private set; } = null!;

    internal Outcome[] Basic { get; private set; } = [];

    internal Outcome[] Direct { get; private set; } = [];

    internal ScoreState ScoreState { get; } = new();

    internal List<PendingGap> Gaps { get; } = [];

    internal List<GapStep> Options { get; } = [];

    internal List<GapStep> Open { get; } = [];

    internal List<GapStep> Taken { get; } = [];

    /// <summary>The id of the i-th basic condition that is not met (in rule order).</summary>
    public string UnmetCondition(int i) => Target.Basics[unmet[i]].Id;

    /// <summary>The i-th missing fact, in ordinal order of ids.</summary>
    public string MissingFact(int i) => Target.Schema.All[missing[i]].Id;

    public Bilingual GapText(int i) => Gaps[i].Text;

    internal void Begin(CompiledTarget target)
    {
        Target = target;
        if (Basic.Length < target.Basics.Length) Basic = new Outcome[target.Basics.Length];
        if (Direct.Length < target.Directs.Length) Direct = new Outcome[target.Directs.Length];
        if (marks.Length < target.Schema.BaseFacts.Count) marks = new bool[target.Schema.BaseFacts.Count];
        Array.Clear(marks);
        ScoreState.Begin(target.Scoring);
        unmet.Clear();
        missing.Clear();
        Gaps.Clear();
        AppliedDirectCondition = null;
        Score = PassMark = null;
    }

    internal void AddUnmet(int basic) => unmet.Add(basic);

    internal void MarkMissing(int baseOrdinal) => marks[baseOrdinal] = true;

    internal bool IsMarked(int baseOrdinal) => marks[baseOrdinal];

    /// <summary>Turns the marks into the list, in the schema's name order.</summary>
    internal void ListMissing()
    {
        foreach (var ordinal in Target.Schema.NameOrder)
        {
            if (marks[ordinal]) missing.Add(ordinal);
        }
    }

    internal IReadOnlyList<string> MissingFacts() => missing.Select(o => Target.Schema.All[o].Id).ToList();
}

/// <summary>Points, potentials and the chosen measure per indicator, and category sums, of the current target.</summary>
internal sealed class ScoreState
{
    public decimal[] Points { get; private set; } = [];

    /// <summary>The most an indicator could earn if its missing (or partial) facts were reported.</summary>
    public decimal[] Potential { get; private set; } = [];

    public int[] Measure { get; private set; } = [];

    public bool[] Missing { get; private set; } = [];

    public decimal[] CategoryPoints { get; private set; } = [];

    public decimal[] CategoryPotential { get; private set; } = [];

    public bool[] MinimumMet { get; private set; } = [];

    public decimal Total { get; set; }

    public decimal PotentialTotal { get; set; }

    public bool Passed { get; set; }

    public Outcome Outcome { get; set; }

    public void Begin(CompiledScoring? scoring)
    {
        var n = scoring?.Indicators.Length ?? 0;
        var c = scoring?.Source.Categories.Count ?? 0;
        if (Points.Length < n) (Points, Potential, Measure, Missing) = (new decimal[n], new decimal[n], new int[n], new bool[n]);
        if (CategoryPoints.Length < c) (CategoryPoints, CategoryPotential, MinimumMet) = (new decimal[c], new decimal[c], new bool[c]);
    }
}

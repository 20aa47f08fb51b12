using System.Globalization;
using Yiwang.Rules.Facts;

namespace Yiwang.Rules.Tests;

/// <summary>Seeded random toy facts, often on a threshold or band edge, about one in eight left out.</summary>
internal static class RandomFacts
{
    private static readonly decimal[] Edges = [0, 1, 2, 3, 5, 10, 20, 50, 100, 200, 1000];

    public static FactValues Next(Random r)
    {
        var revenue = r.Next(5) == 0 ? 0 : Edge(r, 5000);
        var pairs = new List<(string, string)>
        {
            ("age", N(Edge(r, 40))), ("staff", N(r.Next(1, 300))), ("sector", new[] { "Farming", "Making", "Services" }[r.Next(3)]),
            ("founded", new DateOnly(2000, 1, 1).AddDays(r.Next(0, 9000)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("revenue", N(revenue)), ("exports", N(decimal.Round(revenue * (decimal)r.NextDouble() * 0.4m))),
            ("certified", r.Next(2) == 0 ? "true" : "false"), ("branded", r.Next(2) == 0 ? "true" : "false"), ("patents", N(r.Next(0, 8))),
            ("awardRank", r.Next(3) == 0 ? N(r.Next(1, 6)) : string.Empty),
        };
        var facts = new FactValues(Toy.Schema);
        foreach (var (id, text) in pairs)
        {
            if (r.Next(8) != 0) FactText.Apply(facts, Toy.Schema.Get(id), text);
        }

        return facts;
    }

    public static FactValues Without(FactValues facts, string id)
    {
        var copy = new FactValues(Toy.Schema);
        foreach (var fact in Toy.Schema.BaseFacts)
        {
            if (fact.Id != id && facts.Number(fact.Id) is { } v && facts.IsReported(fact.Id)) FactText.Apply(copy, fact, FactText.Format(fact, v));
        }

        return copy;
    }

    private static decimal Edge(Random r, int max) =>
        r.Next(3) == 0 ? r.Next(0, max) : Math.Max(0, Edges[r.Next(Edges.Length)] + r.Next(3) switch { 0 => 0, 1 => -1, _ => 0.5m });

    private static string N(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}

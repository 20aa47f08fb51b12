using System.Text.Json;
using Yiwang.Kernel.Text;

namespace Yiwang.Indicators.Data;

/// <summary>The national computing network (全国一体化算力网) as published: hubs, clusters, targets, each with its source.</summary>
internal sealed record ComputeNetwork(string Version, string Source, SourcedText Launch, IReadOnlyList<ComputeHub> Hubs,
    IReadOnlyList<string> ClusterSources, IReadOnlyList<SourcedText> NetworkTargets, IReadOnlyList<SourcedText> Reported, IReadOnlyList<string> RelatedIndicators);

internal sealed record ComputeHub(string Code, Bilingual Name, IReadOnlyList<string> Regions, IReadOnlyList<ComputeCluster> Clusters);

/// <param name="TargetSource">Where the cluster's own targets come from; null when none has been verified.</param>
internal sealed record ComputeCluster(Bilingual Name, string? StartupArea, string Confidence, IReadOnlyList<Bilingual> Targets, string? TargetSource);

/// <param name="Cited">Publisher and document as the public page cites them (the source URL is for the data-sources view).</param>
internal sealed record SourcedText(Bilingual Text, string? Document, string Source, string Confidence, Bilingual? Cited = null);

internal static class ComputeNetworkLoader
{
    public const string ResourceName = "Yiwang.Indicators.Reference.compute-network.json";

    private static readonly Lazy<ComputeNetwork> Embedded = new(() =>
    {
        using var stream = typeof(ComputeNetworkLoader).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidDataException($"Embedded resource {ResourceName} is missing.");
        using var document = JsonDocument.Parse(stream);
        return Load(document.RootElement);
    });

    public static ComputeNetwork Default => Embedded.Value;

    private static ComputeNetwork Load(JsonElement root)
    {
        var clusters = root.Items("clusters").Select(c => (Hub: c.Text("hub") ?? string.Empty, Cluster: new ComputeCluster(
            Names(c), c.Text("startupArea"), c.Text("confidence") ?? "unconfirmed", [.. c.Items("targets").Select(Names)], c.Text("targetSource")))).ToList();
        var hubs = root.Items("hubs").Select(h => new ComputeHub(h.Text("code") ?? string.Empty, Names(h),
            [.. h.Items("regions").Select(r => r.GetString() ?? string.Empty)],
            [.. clusters.Where(c => c.Hub == h.Text("code")).Select(c => c.Cluster)])).ToList();
        if (clusters.Any(c => hubs.All(h => h.Code != c.Hub)))
            throw new InvalidDataException("compute-network.json: a cluster names a hub that does not exist");
        var launch = root.GetProperty("launch");
        return new ComputeNetwork(root.Text("version") ?? "unversioned", root.Text("source") ?? string.Empty,
            new SourcedText(Names(launch), null, string.Join(" ; ", launch.Items("sources").Select(s => s.GetString())), launch.Text("confidence") ?? "unconfirmed", Cited(launch)),
            hubs, [.. root.Items("clusterSources").Select(s => s.GetString() ?? string.Empty)],
            [.. root.Items("networkTargets").Select(Sourced)], [.. root.Items("reported").Select(Sourced)],
            [.. root.Items("relatedIndicators").Select(s => s.GetString() ?? string.Empty)]);
    }

    private static Bilingual Names(JsonElement e) => new(e.Text("zh") ?? string.Empty, e.Text("en") ?? string.Empty);

    private static SourcedText Sourced(JsonElement e) =>
        new(Names(e), e.Text("document"), e.Text("source") ?? string.Empty, e.Text("confidence") ?? "unconfirmed", Cited(e));

    private static Bilingual? Cited(JsonElement e) => e.Text("citedZh") is { } zh ? new Bilingual(zh, e.Text("citedEn") ?? zh) : null;
}

using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Yiwang.Indicators.Data;

namespace Yiwang.Indicators.Features.ComputeNetwork;

internal static class ComputeNetworkEndpoint
{
    public static void Map(RouteGroupBuilder api) =>
        api.MapGet("/compute-network", () =>
            {
                var n = ComputeNetworkLoader.Default;
                return Results.Ok(new
                {
                    n.Version, n.Source, Launch = n.Launch.Text.Current,
                    Hubs = n.Hubs.Select(h => new
                    {
                        h.Code, Name = h.Name.Current, h.Regions,
                        Clusters = h.Clusters.Select(c => new { Name = c.Name.Current, c.StartupArea, c.Confidence, Targets = c.Targets.Select(t => t.Current), c.TargetSource }),
                    }),
                    NetworkTargets = n.NetworkTargets.Select(t => new { Text = t.Text.Current, t.Document, t.Source, t.Confidence }),
                    Reported = n.Reported.Select(t => new { Text = t.Text.Current, t.Source, t.Confidence }),
                    n.ClusterSources,
                });
            })
            .WithSummary("The 8 hub nodes and 10 clusters of the national computing network, with targets and sources / 全国一体化算力网");
}

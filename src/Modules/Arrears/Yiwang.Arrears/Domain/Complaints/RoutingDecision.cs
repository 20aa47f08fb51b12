namespace Yiwang.Arrears.Domain.Complaints;

/// <summary>Where a case goes for handling and which routing rule said so.</summary>
internal sealed record RoutingDecision(string Region, string Department, string RuleId);

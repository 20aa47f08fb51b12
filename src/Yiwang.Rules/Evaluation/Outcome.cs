using System.Text.Json.Serialization;

namespace Yiwang.Rules.Evaluation;

/// <summary>
/// Of a comparison, a condition, a score or a whole target. MissingData: a missing fact decides it, so it is neither
/// met nor not met until the fact is reported.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<Outcome>))]
public enum Outcome
{
    Met,
    NotMet,
    MissingData,
}

internal static class Outcomes
{
    /// <summary>Met if one is met, else missing if one is missing, else not met.</summary>
    public static Outcome Any(Outcome a, Outcome b) =>
        a == Outcome.Met || b == Outcome.Met ? Outcome.Met : a == Outcome.MissingData || b == Outcome.MissingData ? Outcome.MissingData : Outcome.NotMet;

    /// <summary>Not met if one is not met, else missing if one is missing, else met.</summary>
    public static Outcome All(Outcome a, Outcome b) =>
        a == Outcome.NotMet || b == Outcome.NotMet ? Outcome.NotMet : a == Outcome.MissingData || b == Outcome.MissingData ? Outcome.MissingData : Outcome.Met;
}

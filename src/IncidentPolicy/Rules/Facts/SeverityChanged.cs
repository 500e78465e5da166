using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>A decision rule changes the level now; the history, clocks and notifications follow from it.</summary>
internal sealed class SeverityChanged(SeverityLevelPolicy? from, SeverityLevelPolicy to, Instant at, string ruleId, string reason)
    : ITransientFact
{
    /// <summary>The level before, or <see langword="null"/> for the classification at detection.</summary>
    public SeverityLevelPolicy? From { get; } = from;

    public SeverityLevelPolicy To { get; } = to;

    public Instant At { get; } = at;

    public string RuleId { get; } = ruleId;

    public string Reason { get; } = reason;

    public bool IsInitial => From is null;

    public bool IsRise => From is not null && To.Level.IsMoreSevereThan(From.Level);
}

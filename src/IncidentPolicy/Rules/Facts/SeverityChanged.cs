using IncidentPolicy.Policy;
using NodaTime;

namespace IncidentPolicy.Rules.Facts;

/// <summary>
/// The level changes now: the history, clocks and notifications follow from it. A fact custom rules can
/// match; it lives for one moment.
/// </summary>
public sealed class SeverityChanged : ITransientFact
{
    internal SeverityChanged(SeverityLevelPolicy? from, SeverityLevelPolicy to, Instant at, string ruleId, string reason)
    {
        From = from;
        To = to;
        At = at;
        RuleId = ruleId;
        Reason = reason;
    }

    /// <summary>The level before, or <see langword="null"/> for the classification at detection.</summary>
    public SeverityLevelPolicy? From { get; }

    /// <summary>The level entered.</summary>
    public SeverityLevelPolicy To { get; }

    /// <summary>When.</summary>
    public Instant At { get; }

    /// <summary>The rule that decided it, or <c>manual</c>.</summary>
    public string RuleId { get; }

    /// <summary>Why.</summary>
    public string Reason { get; }

    /// <summary>Whether this is the classification at detection.</summary>
    public bool IsInitial => From is null;

    /// <summary>Whether the new level is more severe than the one before.</summary>
    public bool IsRise => From is not null && To.IsMoreSevereThan(From);
}

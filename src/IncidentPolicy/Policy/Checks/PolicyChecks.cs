using System.Collections.Immutable;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Policy.Checks;

/// <summary>
/// The catalogue of the policy checks (IRP9xxx, category <see cref="RuleCategories.Configuration"/>): one
/// descriptor per check of a valid policy's settings. <see cref="PolicyAnalyzer.Analyze"/> runs them; a
/// policy's <see cref="ResponsePolicy.RuleSeverities"/> configures them like the built-in rules. Each has a
/// page <c>docs/rules/&lt;ID&gt;.md</c>.
/// </summary>
public static class PolicyChecks
{
    /// <summary>IRP9001: a level notifies nobody, so an incident at that level calls no one to respond.</summary>
    public static RuleDescriptor NobodyNotified { get; } = Create(
        "IRP9001", "Every level notifies someone",
        "{0} notifies nobody (notify is []): an incident detected at {0} calls no one to respond, and one raised to {0} tells no one new",
        RuleSeverity.Warning);

    /// <summary>IRP9002: a level's update cadence is longer than its escalation delay, so it escalates before its first update.</summary>
    public static RuleDescriptor SilentUntilEscalation { get; } = Create(
        "IRP9002", "A status update is due before the level escalates",
        "{0} posts status updates every {1} (updateCadence) but escalates to {2} after {3} (escalateAfter): "
        + "an unresolved {0} incident escalates before its first update is due, so stakeholders hear nothing while it is {0}",
        RuleSeverity.Warning);

    /// <summary>IRP9003: no classification cell, escalation or forced level reaches a level; only a person can assign it.</summary>
    public static RuleDescriptor UnreachableLevel { get; } = Create(
        "IRP9003", "Every level can be reached automatically",
        "No rule puts an incident at {0}: no classification cell names it, {1}, and a security breach or data corruption gives {2}; "
        + "only a person can assign {0}, so its response time, update cadence and recipients apply only after a manual assignment",
        RuleSeverity.Info);

    /// <summary>IRP9004: a classification cell is less severe than a neighbour with less impact.</summary>
    public static RuleDescriptor NonMonotoneClassification { get; } = Create(
        "IRP9004", "More impact never gives a less severe level",
        "{0}.{1} is {2}, less severe than {3} for {4}.{5}, which has less impact: "
        + "more impact must never give a less severe level (when in doubt, over-classify)",
        RuleSeverity.Warning);

    /// <summary>IRP9005: a more severe level has a longer response time or update cadence than a less severe one.</summary>
    public static RuleDescriptor InvertedUrgency { get; } = Create(
        "IRP9005", "A more severe level is never slower",
        "{0} {1} is {2}, longer than the {3} of {4}, a less severe level: the more severe incident would get {5}",
        RuleSeverity.Warning);

    /// <summary>IRP9006: a level requires incident roles but its response time is next business day, so the roles fall due then.</summary>
    public static RuleDescriptor RolesDueNextBusinessDay { get; } = Create(
        "IRP9006", "Incident roles fall due within a fixed time",
        "{0} requires incident roles ({1}) but its response time is next business day: the roles fall due one response time "
        + "after the incident enters {0}, so missing roles are reported only at the end of the next business day",
        RuleSeverity.Warning);

    /// <summary>Every policy check, by ID.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } =
    [
        NobodyNotified, SilentUntilEscalation, UnreachableLevel, NonMonotoneClassification, InvertedUrgency, RolesDueNextBusinessDay,
    ];

    private static RuleDescriptor Create(string id, string title, string messageFormat, RuleSeverity severity) =>
        new(id, title, messageFormat, RuleCategories.Configuration, severity, $"docs/rules/{id}.md");
}

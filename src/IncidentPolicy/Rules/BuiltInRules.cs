using System.Collections.Immutable;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Rules;

/// <summary>
/// The catalogue of the built-in rules: one descriptor per rule of the policy semantics (§8.1).
/// Each has a page <c>docs/rules/&lt;ID&gt;.md</c>.
/// </summary>
public static class BuiltInRules
{
    /// <summary>IRP1001: the severity at detection is classified from the impact assessment; reassessments raise it.</summary>
    public static RuleDescriptor Classification { get; } = Create(
        "IRP1001", "Severity is classified from the impact assessment", "{0}", RuleCategories.Triage, RuleSeverity.Info, isConfigurable: false);

    /// <summary>IRP1002: a security breach makes the incident the most severe level and refuses manual downgrades.</summary>
    public static RuleDescriptor SecurityBreach { get; } = Create(
        "IRP1002", "A security breach is automatically the most severe level",
        "Assignment of {0} by {1} refused: a security breach is flagged, so the incident stays {2}", RuleCategories.Triage, RuleSeverity.Error);

    /// <summary>IRP1003: an unknown impact answer was classified as its most severe value.</summary>
    public static RuleDescriptor OverClassification { get; } = Create(
        "IRP1003", "Unknown impact is over-classified",
        "{0} unknown, assumed {1}: classified {2} (when in doubt, over-classify)", RuleCategories.Triage, RuleSeverity.Info);

    /// <summary>IRP2001: nobody acknowledged the incident within the response time.</summary>
    public static RuleDescriptor ResponseMissed { get; } = Create(
        "IRP2001", "Response time missed",
        "No acknowledgement by {0}: the {1} response time is {2}", RuleCategories.Response, RuleSeverity.Error);

    /// <summary>IRP3001: an unresolved incident rises to the next level after the level's escalation delay.</summary>
    public static RuleDescriptor Escalation { get; } = Create(
        "IRP3001", "Unresolved incidents escalate", "{0} unresolved for {1}", RuleCategories.Escalation, RuleSeverity.Warning);

    /// <summary>IRP4001: the recipients of each level entered are notified once per incident.</summary>
    public static RuleDescriptor Notification { get; } = Create(
        "IRP4001", "Recipients are notified on entering a level", "{0} is notified on entering {1}", RuleCategories.Notification, RuleSeverity.Info);

    /// <summary>IRP4002: a level's required incident roles were not assigned in time.</summary>
    public static RuleDescriptor RolesMissing { get; } = Create(
        "IRP4002", "Required incident roles are assigned",
        "{0} requires incident roles; still unassigned at {1}: {2}", RuleCategories.Roles, RuleSeverity.Warning);

    /// <summary>IRP4003: the Incident Commander is also the Technical Lead.</summary>
    public static RuleDescriptor CommanderIsTechnicalLead { get; } = Create(
        "IRP4003", "The Incident Commander does not debug",
        "{0} is both incidentCommander and technicalLead: the Incident Commander coordinates and does not debug", RuleCategories.Roles, RuleSeverity.Warning);

    /// <summary>IRP5001: a status update was not posted within the level's cadence.</summary>
    public static RuleDescriptor UpdateMissed { get; } = Create(
        "IRP5001", "Status updates follow the cadence",
        "No status update by {0}: the {1} update cadence is {2}", RuleCategories.Communication, RuleSeverity.Warning);

    /// <summary>IRP5002: the incident channel is named from the detection date and the title.</summary>
    public static RuleDescriptor ChannelName { get; } = Create(
        "IRP5002", "The incident channel is named clearly", "{0}", RuleCategories.Communication, RuleSeverity.Info);

    /// <summary>IRP6001: the incident was resolved before the verification window after the last mitigation ended.</summary>
    public static RuleDescriptor ResolvedTooEarly { get; } = Create(
        "IRP6001", "Resolution waits for the verification window",
        "Resolved at {0}, {1} after the mitigation at {2}; a {3} incident is monitored for {4} before it is resolved (not before {5})",
        RuleCategories.Resolution, RuleSeverity.Warning);

    /// <summary>IRP7001: the post-incident review was not completed in time.</summary>
    public static RuleDescriptor ReviewMissed { get; } = Create(
        "IRP7001", "Post-incident review is completed in time",
        "No post-incident review by {0}: a {1} incident is reviewed within {2} of resolution", RuleCategories.Review, RuleSeverity.Warning);

    /// <summary>Every built-in rule, by ID.</summary>
    public static ImmutableArray<RuleDescriptor> All { get; } =
    [
        Classification, SecurityBreach, OverClassification, ResponseMissed, Escalation, Notification,
        RolesMissing, CommanderIsTechnicalLead, UpdateMissed, ChannelName, ResolvedTooEarly, ReviewMissed,
    ];

    private static RuleDescriptor Create(
        string id, string title, string messageFormat, string category, RuleSeverity severity, bool isConfigurable = true) =>
        new(id, title, messageFormat, category, severity, $"docs/rules/{id}.md", isConfigurable: isConfigurable);
}

using IncidentPolicy.Model;
using NodaTime;

namespace IncidentPolicy.Evaluation;

/// <summary>One entry of the severity history: the incident entered <paramref name="Severity"/> at <paramref name="Since"/>.</summary>
/// <param name="Severity">The level entered.</param>
/// <param name="Since">When it was entered.</param>
/// <param name="RuleId">The rule that set it (e.g. <c>IRP3001</c>), or <c>manual</c> for a <c>severityAssigned</c> event.</param>
/// <param name="Reason">Why, e.g. <c>P2 unresolved for 4h</c>.</param>
public sealed record SeverityChange(SeverityLevel Severity, Instant Since, string RuleId, string Reason)
{
    /// <summary>The <see cref="RuleId"/> of a change made by a person (a <c>severityAssigned</c> event).</summary>
    public const string ManualRuleId = "manual";
}

using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Rules;
using IncidentPolicy.Rules.Roles;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Policy.Checks;

/// <summary>
/// IRP9006: a level that requires incident roles but whose response time is business days (next business day,
/// or more). The roles fall due one response time after the incident enters such a level (IRP4002), so they
/// would be checked only at the end of a business day, long after a major incident needs its commander. Silent while
/// IRP4002 is <c>none</c>, because then nothing checks the roles.
/// </summary>
internal sealed class RolesDueNextBusinessDayCheck : IPolicyCheck
{
    /// <summary>The check's ID.</summary>
    public const string Id = "IRP9006";

    /// <summary>IRP9006: a level requires incident roles but its response time is next business day, so the roles fall due then.</summary>
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "Incident roles fall due within a fixed time",
        "{0} requires incident roles ({1}) but its response time is {2}: the roles fall due one response time "
        + "after the incident enters {0}, so missing roles are reported only {3}", RuleCategories.Configuration, RuleSeverity.Warning);

    public IEnumerable<PolicyCheckFinding> Find(ResponsePolicy policy)
    {
        if (!RuleStates.IsOn(policy, RolesMissingRule.Descriptor))
        {
            return [];
        }

        return policy.Levels
            .Where(l => l.RequiresRoles && l.ResponseTime.IsBusinessDays)
            .Select(l => new PolicyCheckFinding(
                ProblemLocation.Level(l.Level.Name).Field(InputField.RequiredRoles),
                Descriptor.FormatMessage(
                    l.Level.Name,
                    string.Join(", ", l.RequiredRoles.Select(Identifiers.Camel)),
                    l.ResponseTime,
                    l.ResponseTime.IsNextBusinessDay ? "at the end of the next business day" : $"after {l.ResponseTime.BusinessDayCount} business days")));
    }
}

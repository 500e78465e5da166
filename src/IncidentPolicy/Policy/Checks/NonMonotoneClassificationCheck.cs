using System.Collections.Generic;
using IncidentPolicy.Model;
using IncidentPolicy.Rules;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Policy.Checks;

/// <summary>
/// IRP9004: a classification cell that is less severe than its neighbour with less impact — the next
/// scope in <see cref="ClassificationMatrix.Scopes"/> with the same users, or the next users value in
/// <see cref="ClassificationMatrix.Users"/> with the same scope. Comparing neighbours is enough: a matrix
/// without such a pair is monotone over every pair of cells. A cell less severe than both neighbours is
/// reported once for each.
/// </summary>
internal sealed class NonMonotoneClassificationCheck : IPolicyCheck
{
    /// <summary>The check's ID.</summary>
    public const string Id = "IRP9004";

    /// <summary>IRP9004: a classification cell is less severe than a neighbour with less impact.</summary>
    public RuleDescriptor Descriptor { get; } = RuleDescriptor.BuiltIn(
        Id,
        "More impact never gives a less severe level",
        "{0}.{1} is {2}, less severe than {3} for {4}.{5}, which has less impact: "
        + "more impact must never give a less severe level (when in doubt, over-classify)", RuleCategories.Configuration, RuleSeverity.Warning);

    public IEnumerable<PolicyCheckFinding> Find(ResponsePolicy policy)
    {
        var scopes = ClassificationMatrix.Scopes;
        var users = ClassificationMatrix.Users;
        for (var s = 0; s < scopes.Length; s++)
        {
            for (var u = 0; u < users.Length; u++)
            {
                if (s + 1 < scopes.Length && Compare(policy, scopes[s], users[u], scopes[s + 1], users[u]) is { } belowScope)
                {
                    yield return belowScope;
                }

                if (u + 1 < users.Length && Compare(policy, scopes[s], users[u], scopes[s], users[u + 1]) is { } belowUsers)
                {
                    yield return belowUsers;
                }
            }
        }
    }

    private PolicyCheckFinding? Compare(ResponsePolicy policy, ImpactScope scope, UsersAffected users, ImpactScope lessScope, UsersAffected lessUsers)
    {
        var level = policy[policy.Classification[scope, users]].Level;
        var lessImpactLevel = policy[policy.Classification[lessScope, lessUsers]].Level;
        if (!lessImpactLevel.IsMoreSevereThan(level))
        {
            return null;
        }

        var (scopeName, usersName) = (Identifiers.Camel(scope), Identifiers.Camel(users));
        return new PolicyCheckFinding(
            ProblemLocation.MatrixCell(scope, users),
            Descriptor.FormatMessage(scopeName, usersName, level.Name, lessImpactLevel.Name, Identifiers.Camel(lessScope), Identifiers.Camel(lessUsers)));
    }
}

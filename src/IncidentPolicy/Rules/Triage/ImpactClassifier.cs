using System.Collections.Generic;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Rules.Triage;

/// <summary>
/// Triage, the one place a classification and the security breach are decided: a security breach (while
/// IRP1002 is on) or data corruption gives the most severe level; otherwise the matrix decides, with each
/// unknown answer read as its most severe value. <see cref="ClassifyImpactRule"/> calls it once per assessment.
/// </summary>
internal sealed class ImpactClassifier(ResponsePolicy policy, bool securityBreachForcesMostSevere)
{
    public bool SecurityBreachForcesMostSevere { get; } = securityBreachForcesMostSevere;

    public Classification Classify(ImpactAssessment impact)
    {
        if (SecurityBreachForcesMostSevere && impact.SecurityBreach)
        {
            return new Classification(policy.MostSevere, "security breach", [], ForcedBySecurityBreach: true);
        }

        if (impact.DataCorruption)
        {
            return new Classification(policy.MostSevere, "data corruption", [], ForcedBySecurityBreach: false);
        }

        var assumed = new List<(string, string)>(2);
        var users = impact.UsersAffected;
        if (users == UsersAffected.Unknown)
        {
            users = UsersAffected.All;
            assumed.Add(("users affected", "all"));
        }

        var scope = impact.Scope;
        if (scope == ImpactScope.Unknown)
        {
            scope = ImpactScope.Outage;
            assumed.Add(("scope", "outage"));
        }

        var level = policy[policy.Classification[scope, users]];
        return new Classification(level, $"{Describe(users)}, {Describe(scope)}", [.. assumed], ForcedBySecurityBreach: false);
    }

    private static string Describe(UsersAffected users) => users switch
    {
        UsersAffected.All => "all users",
        UsersAffected.Most => "most users",
        UsersAffected.Subset => "subset of users",
        _ => "internal users only",
    };

    private static string Describe(ImpactScope scope) => scope switch
    {
        ImpactScope.Outage => "complete outage",
        ImpactScope.CoreSeverelyImpaired => "core functionality severely impaired",
        ImpactScope.CoreDegraded => "core functionality degraded",
        ImpactScope.NonCore => "non-core functionality",
        _ => "cosmetic issue",
    };
}

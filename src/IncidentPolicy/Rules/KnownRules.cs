using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Documents;
using IncidentPolicy.Policy;
using IncidentPolicy.Policy.Checks;

namespace IncidentPolicy.Rules;

/// <summary>Every rule a policy can configure: the built-in rules, the policy checks, the document rules, and the policy's custom rules.</summary>
internal static class KnownRules
{
    public static IEnumerable<RuleDescriptor> Of(IEnumerable<CustomRule> customRules) =>
        BuiltInRules.All.Concat(PolicyChecks.All).Concat(DocumentRules.All).Concat(customRules.Select(r => r.Descriptor));
}

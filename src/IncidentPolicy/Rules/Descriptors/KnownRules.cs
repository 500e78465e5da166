using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Rules;

/// <summary>Every rule a policy can configure: the built-in rules and the policy's custom rules.</summary>
internal static class KnownRules
{
    public static IEnumerable<RuleDescriptor> Of(IEnumerable<CustomRule> customRules) =>
        BuiltInRules.All.Concat(customRules.Select(r => r.Descriptor));
}

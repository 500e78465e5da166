using System.Collections.Generic;
using IncidentPolicy.Rules;

namespace IncidentPolicy.Policy.Checks;

/// <summary>
/// One policy check: the settings of a policy that its descriptor reports. <see cref="PolicyAnalyzer"/> finds
/// every implementation, so a check is registered by its own file.
/// </summary>
internal interface IPolicyCheck
{
    /// <summary>The check's descriptor, one of <see cref="PolicyChecks.All"/>.</summary>
    RuleDescriptor Descriptor { get; }

    /// <summary>What the check finds in <paramref name="policy"/>, whatever the check's own configured severity.</summary>
    IEnumerable<PolicyCheckFinding> Find(ResponsePolicy policy);
}

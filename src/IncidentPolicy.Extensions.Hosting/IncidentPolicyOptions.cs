using System;
using System.Collections.Generic;
using IncidentPolicy.Policy;

namespace IncidentPolicy.Extensions.Hosting;

/// <summary>
/// The options behind <c>AddIncidentPolicy(configuration)</c>: changes to the default policy made in
/// code, applied before the configuration section's overrides.
/// </summary>
public sealed class IncidentPolicyOptions
{
    /// <summary>The default configuration section: <c>IncidentPolicy</c>.</summary>
    public const string DefaultSectionName = "IncidentPolicy";

    /// <summary>Changes made in code, in order; they run before the section's overrides.</summary>
    public IList<Action<ResponsePolicyBuilder>> Configure { get; } = [];
}

using System.Collections.Generic;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A row of the advisor's steps table in a policy: the step's key, its title and what to look for.</summary>
internal sealed record AdvisorStepPolicyWire(string Step, string Title, IReadOnlyList<string> LookFor);

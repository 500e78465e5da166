using System.Collections.Immutable;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>The diffs of many incidents on the wire (docs/policy-diff.md): the two policies as named, then one diff per record.</summary>
internal sealed record PolicyDiffReportWire(string From, string To, ImmutableArray<PolicyDiffWire> Incidents);

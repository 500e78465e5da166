using System.Collections.Immutable;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>The next step of the investigation, with what to look for.</summary>
internal sealed record AdviceStepWire(string Step, string Title, ImmutableArray<string> LookFor);

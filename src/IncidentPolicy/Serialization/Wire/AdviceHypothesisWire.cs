using System.Collections.Immutable;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A ranked hypothesis: <c>supported</c> and the signals that support it, how to test it.</summary>
internal sealed record AdviceHypothesisWire(string Key, string Title, bool Supported, ImmutableArray<string> SupportingSignals, string HowToTest);

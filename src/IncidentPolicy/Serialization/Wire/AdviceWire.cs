using System.Collections.Immutable;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>The investigation advice on the wire (docs/checklist.md).</summary>
internal sealed record AdviceWire(
    string? IncidentId,
    Instant? At,
    AdviceStepWire? NextStep,
    ImmutableArray<string> Signals,
    ImmutableArray<AdviceHypothesisWire> Hypotheses,
    ImmutableArray<AdviceMitigationWire> Mitigations,
    ImmutableArray<string> Reminders);

using System.Collections.Immutable;

namespace IncidentPolicy.Advice;

/// <summary>The names the record uses for the signals of an <c>observation</c> and the steps of an <c>investigationStep</c>.</summary>
public static class AdvisorSignals
{
    /// <summary>The signals an observation may name, in the record's order.</summary>
    public static ImmutableArray<string> Signals => Serialization.WireNames.Signal.Names;

    /// <summary>The steps of the structured investigation, in their order.</summary>
    public static ImmutableArray<string> Steps => Serialization.WireNames.Step.Names;

    /// <summary>The signal that a data inconsistency was seen: it suggests data corruption (a P0 example) and offers a cache clear.</summary>
    public const string DataInconsistency = "dataInconsistency";
}

using System.Collections.Immutable;
using NodaTime;

namespace IncidentPolicy.Advice;

/// <summary>What to try next in an incident's investigation, from the steps and signals recorded by an instant.</summary>
/// <param name="NextStep">The first step of the investigation not yet recorded, with what to look for; <see langword="null"/> when every step is.</param>
/// <param name="Signals">The distinct signals observed, in the order they were first recorded.</param>
/// <param name="Hypotheses">Every hypothesis: the supported ones by how many distinct signals support them (ties in the table's order), then the unsupported ones in the table's order.</param>
/// <param name="Mitigations">The mitigations of the supported hypotheses, in that order, each once; then those a signal offers directly.</param>
/// <param name="Reminders">Reminders of the supported hypotheses (data corruption is P0).</param>
public sealed record InvestigationAdvice(
    InvestigationStepAdvice? NextStep,
    ImmutableArray<string> Signals,
    ImmutableArray<RankedHypothesis> Hypotheses,
    ImmutableArray<MitigationAdvice> Mitigations,
    ImmutableArray<string> Reminders)
{
    /// <summary>The incident's ID, when the advice was computed from a record.</summary>
    public string? IncidentId { get; init; }

    /// <summary>The instant of the advice, when computed from a record.</summary>
    public Instant? At { get; init; }
}

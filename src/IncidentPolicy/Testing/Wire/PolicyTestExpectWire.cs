using System.Collections.Generic;
using System.Collections.Immutable;
using IncidentPolicy.Serialization.Wire;
using NodaTime;

namespace IncidentPolicy.Testing.Wire;

/// <summary>
/// A case's <c>expect</c>: the evaluation's fields by the names of the evaluation result (<see cref="EvaluationWire"/>,
/// <see cref="DeadlinesWire"/>), and what the result does not hold as a field of its own (recipients notified or
/// not, checklist items, messages). Every key is optional; only <c>channel</c>, <c>nextEvaluationAt</c> and the
/// deadlines may be <c>null</c> (expecting <c>null</c>).
/// </summary>
internal sealed record PolicyTestExpectWire(
    string Severity,
    string PeakSeverity,
    string Status,
    string Phase,
    string? Channel,
    DeadlinesWire Deadlines,
    Instant? NextEvaluationAt,
    DiagnosticsExpectWire Diagnostics,
    ImmutableArray<string> Notified,
    ImmutableArray<string> NotNotified,
    IReadOnlyDictionary<string, string> Checklist,
    IReadOnlyDictionary<string, MessageExpectWire> Messages);

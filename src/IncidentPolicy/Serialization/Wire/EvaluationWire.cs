using System.Collections.Immutable;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>
/// An evaluation result on the wire (docs/wire-format.md): every key always, in this order, <c>null</c> where a
/// value is absent, arrays in the result's order.
/// </summary>
internal sealed record EvaluationWire(
    string IncidentId,
    Instant EvaluatedAt,
    string Severity,
    string PeakSeverity,
    string Status,
    string Phase,
    string? Channel,
    ImmutableArray<SeverityChangeWire> SeverityHistory,
    DeadlinesWire Deadlines,
    ImmutableArray<NotificationWire> Notifications,
    ImmutableArray<DiagnosticWire> Diagnostics,
    Instant? NextEvaluationAt);

using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An evaluation's <c>deadlines</c>: all six, <c>null</c> where one does not apply.</summary>
internal sealed record DeadlinesWire(
    Instant? ResponseBy,
    Instant? NextUpdateBy,
    Instant? EscalatesAt,
    Instant? EarliestResolveAt,
    Instant? ReviewBy,
    Instant? NextCustomerUpdateBy);

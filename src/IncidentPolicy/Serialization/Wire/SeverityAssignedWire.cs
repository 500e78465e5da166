using System.Text.Json.Serialization;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A <c>severityAssigned</c> event: the level's name; who and why only when known.</summary>
internal sealed record SeverityAssignedWire(
    Instant At,
    string Severity,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? By,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Reason) : IncidentEventWire;

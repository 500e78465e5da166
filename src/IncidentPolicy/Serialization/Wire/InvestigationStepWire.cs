using System.Text.Json.Serialization;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An <c>investigationStep</c> event: the step by its wire name, the note only when known.</summary>
internal sealed record InvestigationStepWire(
    Instant At,
    string Step,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Note) : IncidentEventWire;

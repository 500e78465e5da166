namespace IncidentPolicy.Validation;

/// <summary>A step to a field of the model: a level's <see cref="InputField.EscalateAfter"/>, an event's <see cref="InputField.At"/>.</summary>
/// <param name="Field">The field.</param>
public sealed record FieldSegment(InputField Field) : LocationSegment;

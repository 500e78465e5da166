using System;

namespace IncidentPolicy.Validation;

/// <summary>A step to a field of the model: a level's <see cref="InputField.EscalateAfter"/>, an event's <see cref="InputField.At"/>.</summary>
/// <param name="Field">The field.</param>
/// <exception cref="ArgumentOutOfRangeException"><paramref name="Field"/> is not one of the named fields.</exception>
public sealed record FieldSegment(InputField Field) : LocationSegment
{
    private readonly InputField _field = Named(Field, nameof(Field));

    /// <summary>The field.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not one of the named fields.</exception>
    public InputField Field
    {
        get => _field;
        init => _field = Named(value, nameof(Field));
    }

    private static InputField Named(InputField field, string parameter) =>
        Enum.IsDefined(field) ? field : throw new ArgumentOutOfRangeException(parameter, field, "not a field of an input document");
}

using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An instant on the wire: <see cref="InstantJson"/>'s ISO-8601 UTC text, such as <c>2024-03-15T14:00:00Z</c>.</summary>
internal sealed class InstantWireConverter : TextWireConverter<Instant>
{
    protected override string Format(Instant value) => InstantJson.Format(value);
}

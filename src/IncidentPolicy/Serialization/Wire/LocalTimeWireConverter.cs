using IncidentPolicy.Text;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A time of day on the wire: <see cref="IsoTime"/>'s text, <c>09:00</c>, with seconds only when they are not zero.</summary>
internal sealed class LocalTimeWireConverter : TextWireConverter<LocalTime>
{
    protected override string Format(LocalTime value) => IsoTime.Format(value);
}

using IncidentPolicy.Text;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A date on the wire: ISO-8601, such as <c>2024-12-25</c>.</summary>
internal sealed class LocalDateWireConverter : TextWireConverter<LocalDate>
{
    protected override string Format(LocalDate value) => IsoTime.Format(value);
}

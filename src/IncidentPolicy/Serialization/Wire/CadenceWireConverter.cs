using System.Text.Json;
using IncidentPolicy.Text;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>Writes a <see cref="CadenceWire"/>: one phase as its cadence alone, more as the list of phases.</summary>
internal sealed class CadenceWireConverter : WriteOnlyJsonConverter<CadenceWire>
{
    public override void Write(Utf8JsonWriter writer, CadenceWire value, JsonSerializerOptions options)
    {
        if (value.Phases is [(var single, null)])
        {
            PolicyDurationWireConverter.WriteValue(writer, single);
            return;
        }

        writer.WriteStartArray();
        foreach (var (every, @for) in value.Phases)
        {
            writer.WriteStartObject();
            writer.WritePropertyName(WireFields.Every);
            PolicyDurationWireConverter.WriteValue(writer, every);
            if (@for is { } duration)
            {
                writer.WriteString(WireFields.For, IsoDuration.Format(duration));
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}

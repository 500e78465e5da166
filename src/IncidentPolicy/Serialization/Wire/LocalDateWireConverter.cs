using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using IncidentPolicy.Text;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>A date on the wire: ISO-8601, such as <c>2024-12-25</c>.</summary>
internal sealed class LocalDateWireConverter : JsonConverter<LocalDate>
{
    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && IsoTime.TryParseDate(reader.GetString(), out var value)
            ? value
            : throw new JsonException("Expected a date, such as 2024-12-25.");

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(IsoTime.Format(value));
}

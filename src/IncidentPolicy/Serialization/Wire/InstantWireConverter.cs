using System;
using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;

namespace IncidentPolicy.Serialization.Wire;

/// <summary>An instant on the wire: <see cref="InstantJson"/>'s ISO-8601 UTC text, such as <c>2024-03-15T14:00:00Z</c>.</summary>
internal sealed class InstantWireConverter : JsonConverter<Instant>
{
    public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && InstantJson.TryParse(reader.GetString(), out var value)
            ? value
            : throw new JsonException("Expected an instant in ISO-8601 UTC, such as 2024-03-15T14:00:00Z.");

    public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
        writer.WriteStringValue(InstantJson.Format(value));
}

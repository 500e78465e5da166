using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Instants on the wire, through NodaTime's System.Text.Json converter: ISO-8601 in UTC,
/// <c>2024-03-15T14:00:00Z</c>, with a fraction of a second only when there is one.
/// </summary>
internal static class InstantJson
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { NodaConverters.InstantConverter } };

    public static bool TryRead(JsonElement element, out Instant value)
    {
        value = default;
        if (element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        try
        {
            value = element.Deserialize<Instant>(Options);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static void Write(Utf8JsonWriter writer, Instant value) => NodaConverters.InstantConverter.Write(writer, value, Options);
}

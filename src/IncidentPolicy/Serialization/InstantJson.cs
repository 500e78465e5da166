using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Instants on the wire: ISO-8601 in UTC, <c>2024-03-15T14:00:00Z</c>, with a fraction of a second only
/// when there is one (NodaTime's <see cref="InstantPattern.ExtendedIso"/>). Readers and writers both use it.
/// </summary>
internal static class InstantJson
{
    private static readonly InstantPattern Pattern = InstantPattern.ExtendedIso;

    public static string Format(Instant value) => Pattern.Format(value);

    public static bool TryParse(string? text, out Instant value)
    {
        var result = Pattern.Parse(text ?? string.Empty);
        value = result.Success ? result.Value : default;
        return result.Success;
    }

    public static bool TryRead(JsonElement element, out Instant value)
    {
        value = default;
        return JsonStrings.TextOf(element) is { } text && TryParse(text, out value);
    }
}

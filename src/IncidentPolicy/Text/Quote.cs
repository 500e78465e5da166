using System.Text.Json;

namespace IncidentPolicy.Text;

/// <summary>Quotes values in messages the way they appear in JSON, so a reader can find them in the file.</summary>
internal static class Quote
{
    public static string Json(string? value) => value is null ? "null" : JsonSerializer.Serialize(value);
}

using System;
using System.Text.Json;

namespace IncidentPolicy.Serialization;

/// <summary>
/// The text of a JSON string, or <see langword="null"/> when it cannot be text: an escape of half a surrogate pair
/// (<c>"\ud800"</c>) is valid JSON but not valid Unicode, and <see cref="JsonElement.GetString"/> throws on it. Every
/// peek at a string's text goes through this, so such a string is a problem where it is, never an exception.
/// </summary>
internal static class JsonStrings
{
    public static string? TextOf(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            return null;
        }

        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}

using System;
using System.Text.Json;

namespace IncidentPolicy.Serialization;

/// <summary>What a problem message says was given instead of what was expected: <c>the number 3</c>, <c>an array</c>.</summary>
internal static class JsonFound
{
    private const int LongestValue = 60;

    public static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {Text(element)}",
        JsonValueKind.Number => $"the number {Text(element)}",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    /// <summary>A value as it is written in the document (a string with its quotes), so a reader can search for it; long values are cut.</summary>
    public static string Text(JsonElement element)
    {
        var text = element.GetRawText();
        return text.Length <= LongestValue ? text : string.Concat(text.AsSpan(0, LongestValue), "...");
    }
}

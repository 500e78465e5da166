using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using IncidentPolicy.Validation;
using NodaTime;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Reads values of a JSON document and collects a problem, instead of throwing, for each value that is
/// not what was expected, so one pass reports every problem of a document. A read that fails returns
/// <see langword="null"/>; callers build nothing from a document with problems. Every document (incident
/// record, policy, evaluation result) is read through this and <see cref="JsonObjectReader"/>, so all
/// speak one dialect with one wording (docs/json-dialect.md).
/// </summary>
internal sealed class JsonValueReader
{
    public const string InstantExpected = "an ISO-8601 instant in UTC such as \"2024-03-15T14:00:00Z\"";

    public const string DateExpected = "a date such as \"2024-03-22\"";

    private readonly List<ValidationProblem> _problems = [];

    public IReadOnlyList<ValidationProblem> Problems => _problems;

    public bool HasProblems => _problems.Count > 0;

    public void Add(ProblemLocation location, string message) => _problems.Add(new ValidationProblem(location, message));

    public void Missing(ProblemLocation location, string expected) => Add(location, ProblemMessages.Missing(expected));

    public void Unexpected(JsonElement element, ProblemLocation location, string expected) =>
        Add(location, ProblemMessages.Expected(expected, JsonFound.Describe(element)));

    /// <summary>The root of a document as an object, or <see langword="null"/> (and a problem) when it is not one.</summary>
    public JsonObjectReader? Root(JsonDocument? document, string expected) =>
        document is null ? null : Object(document.RootElement, ProblemLocation.Root, expected);

    public JsonObjectReader? Object(JsonElement element, ProblemLocation location, string expected)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            return new JsonObjectReader(element, location, this);
        }

        Unexpected(element, location, expected);
        return null;
    }

    /// <summary>The items of an array with their locations; none (and a problem) when it is not an array.</summary>
    public IReadOnlyList<(JsonElement Item, ProblemLocation Location)> Array(JsonElement element, ProblemLocation location, string expected)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            Unexpected(element, location, expected);
            return [];
        }

        return [.. element.EnumerateArray().Select((item, index) => (item, location.Index(index)))];
    }

    /// <summary>The strings of an array of strings; each item that is not a string is a problem and left out.</summary>
    public IReadOnlyList<(string Text, ProblemLocation Location)>? Strings(JsonElement element, ProblemLocation location, string expected, string itemExpected)
    {
        if (element.ValueKind != JsonValueKind.Array)
        {
            Unexpected(element, location, expected);
            return null;
        }

        var items = new List<(string, ProblemLocation)>();
        foreach (var (item, itemLocation) in Array(element, location, expected))
        {
            if (String(item, itemLocation, itemExpected) is { } text)
            {
                items.Add((text, itemLocation));
            }
        }

        return items;
    }

    public string? String(JsonElement element, ProblemLocation location, string expected, bool nonBlank = false)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            Unexpected(element, location, expected);
            return null;
        }

        string text;
        try
        {
            text = element.GetString()!;
        }
        catch (InvalidOperationException)
        {
            Add(location, ProblemMessages.Expected(expected, "a string that is not valid Unicode text (an unpaired surrogate escape)"));
            return null;
        }

        if (nonBlank && string.IsNullOrWhiteSpace(text))
        {
            Unexpected(element, location, expected);
            return null;
        }

        return text;
    }

    public Instant? Instant(JsonElement element, ProblemLocation location)
    {
        if (InstantJson.TryRead(element, out var instant))
        {
            return instant;
        }

        Unexpected(element, location, InstantExpected);
        return null;
    }

    /// <summary>A calendar date, <c>YYYY-MM-DD</c>.</summary>
    public LocalDate? Date(JsonElement element, ProblemLocation location)
    {
        if (String(element, location, DateExpected) is not { } text)
        {
            return null;
        }

        if (Text.IsoTime.TryParseDate(text, out var date))
        {
            return date;
        }

        Unexpected(element, location, DateExpected);
        return null;
    }

    public bool? Boolean(JsonElement element, ProblemLocation location)
    {
        if (element.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return element.GetBoolean();
        }

        Unexpected(element, location, "true or false");
        return null;
    }

    public TEnum? Enum<TEnum>(JsonElement element, ProblemLocation location, EnumWireNames<TEnum> names)
        where TEnum : struct, Enum
    {
        if (String(element, location, names.Expected) is not { } name)
        {
            return null;
        }

        if (names.TryParse(name, out var value))
        {
            return value;
        }

        Add(location, ProblemMessages.Unknown(names.Noun, JsonFound.Text(element), names.Expected));
        return null;
    }
}

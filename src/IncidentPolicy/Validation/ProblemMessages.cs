using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using IncidentPolicy.Serialization;
using IncidentPolicy.Text;
using NodaTime;

namespace IncidentPolicy.Validation;

/// <summary>
/// The wording of every kind of problem, defined once and used by the readers, the policy builder and the
/// validators alike (docs/json-dialect.md lists them). Values are quoted as JSON, so a reader can search
/// the document for them.
/// </summary>
internal static class ProblemMessages
{
    /// <summary>A value of the wrong kind or form: <c>expected true or false, got the string "yes"</c>.</summary>
    public static string Expected(string expected, string got) => $"expected {expected}, got {got}";

    /// <summary>A required value that is not there: <c>missing: expected the incident's id, a non-empty string</c>.</summary>
    public static string Missing(string expected) => $"missing: expected {expected}";

    /// <summary>A required value that is not there, with why it is needed: <c>missing: a new level needs a rank</c>.</summary>
    public static string MissingBecause(string why) => $"missing: {why}";

    /// <summary>Whether a message says that a value is missing (<see cref="Missing"/>, <see cref="MissingBecause"/>).</summary>
    public static bool IsMissing(string message) => message.StartsWith("missing: ", StringComparison.Ordinal);

    /// <summary>A name that is not one of the known ones: <c>unknown role "ic"; expected incidentCommander, technicalLead, communicationsLead or scribe</c>.</summary>
    public static string Unknown(string noun, string value, string expected) => $"unknown {noun} {value}; expected {expected}";

    /// <summary>The same, for a name given as text (quoted here) and the names known.</summary>
    public static string UnknownName(string noun, string name, IEnumerable<string> known) => Unknown(noun, Quote.Json(name), OneOf(known));

    /// <summary>
    /// The same with the known name it most likely meant (<see cref="NearestName"/>), when there is one:
    /// <c>unknown property "responseTme"; did you mean "responseTime"?</c>; otherwise the names known.
    /// </summary>
    public static string UnknownName(string noun, string name, IEnumerable<string> known, string? meant) =>
        meant is null ? UnknownName(noun, name, known) : $"unknown {noun} {Quote.Json(name)}; did you mean {Quote.Json(meant)}?";

    /// <summary>An enum value set in code that is not one of the enum's defined values: <c>unknown role 7; expected incidentCommander, ...</c>.</summary>
    public static string UndefinedValue<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var names = WireNames.Of<TEnum>();
        return Unknown(names.Noun, Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture), names.Expected);
    }

    /// <summary>A name that appears twice in one object.</summary>
    public static string Duplicate(string name) => $"duplicate property {Quote.Json(name)}: a property may appear only once in an object";

    /// <summary>A property a document does not have: <c>unknown property "escalteAfter"; did you mean "escalateAfter"?</c>, or, when no known name is near, <c>unknown property "x"; expected rank, title, ...</c>.</summary>
    public static string UnknownProperty(string name, IEnumerable<string> known)
    {
        var names = known.ToList();
        return UnknownName("property", name, names, NearestName.Find(name, names));
    }

    /// <summary>A duration that is zero or negative: <c>must be a positive duration, got "-PT1H"</c>.</summary>
    public static string NotPositive(Duration duration) => NotPositive(IsoDuration.Format(duration));

    /// <summary>The same, for the duration as the document wrote it.</summary>
    public static string NotPositive(string durationText) => $"must be a positive duration, got {Quote.Json(durationText)}";

    /// <summary>What is expected of an ISO-8601 duration.</summary>
    public const string Duration = "a positive ISO-8601 duration such as \"PT30M\", \"PT4H\" or \"P7D\"";

    /// <summary>What is expected of a response time.</summary>
    public const string ResponseTime = "a positive ISO-8601 duration such as \"PT15M\", \"nextBusinessDay\", or an object such as {\"businessDays\": 2}";

    /// <summary>What is expected of a duration that may also be a number of business days (a review, a cadence phase's every).</summary>
    public const string DurationOrBusinessDays = "a positive ISO-8601 duration such as \"PT30M\" or \"P7D\", an object such as {\"businessDays\": 5}, or \"nextBusinessDay\"";

    /// <summary>What is expected of an update cadence.</summary>
    public const string UpdateCadence = "a positive ISO-8601 duration such as \"PT30M\", an object such as {\"businessDays\": 1}, or a list of phases such as [{\"every\": \"PT20M\", \"for\": \"PT2H\"}, {\"every\": \"PT1H\"}]";

    /// <summary>A number of business days below 1: <c>must be 1 or more business days, got 0</c>.</summary>
    public static string BusinessDaysTooFew(int count) => $"must be 1 or more business days, got {count.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Text that is not JSON: <c>malformed JSON at line 3, position 17: expected JSON, got '}'</c>.</summary>
    public static string Malformed(string what, long line, long position, string got) =>
        $"malformed {what} at line {line.ToString(CultureInfo.InvariantCulture)}, position {position.ToString(CultureInfo.InvariantCulture)}: {got}";

    /// <summary>
    /// A document over one of the reader's limits (docs/limits.md): <c>the document is 20000000 bytes, over the limit of
    /// 16777216 bytes; raise IncidentReadOptions.MaxDocumentBytes to read larger documents</c>. Without an option to name,
    /// only the limit.
    /// </summary>
    public static string OverLimit(string found, string limit, string? option, string purpose) =>
        option is null ? $"{found}, over the limit of {limit}" : $"{found}, over the limit of {limit}; raise {option} to {purpose}";

    /// <summary>Names as a message lists them: <c>open, mitigated or resolved</c>; one name alone; <c>nothing</c> for none.</summary>
    public static string OneOf(IEnumerable<string> names)
    {
        var list = names.ToList();
        return list.Count switch
        {
            0 => "nothing (there are none)",
            1 => list[0],
            _ => $"{string.Join(", ", list.Take(list.Count - 1))} or {list[^1]}",
        };
    }
}

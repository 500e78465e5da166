using System.Collections.Immutable;

namespace IncidentPolicy.Communications;

/// <summary>
/// One field of a message before escaping: a text, a list of texts, nothing (the line that uses it is left out),
/// or a placeholder for what the record does not hold (<see cref="IsMissing"/>; the placeholder is the procedure's
/// own bracketed wording and is written unescaped). A value the library writes itself from a closed set of
/// characters (a time, a duration, the phase, the channel's slug) is <see cref="IsGenerated"/> and written as it is.
/// </summary>
internal sealed record FieldValue(string? Text, ImmutableArray<string> Items, bool IsList, bool IsMissing, bool IsGenerated = false)
{
    public static FieldValue None { get; } = new(null, [], false, false);

    public static FieldValue Of(string text) => new(text, [], false, false);

    public static FieldValue Generated(string text) => new(text, [], false, false, IsGenerated: true);

    public static FieldValue List(ImmutableArray<string> items) => new(null, items, true, false);

    public static FieldValue Missing(string placeholder) => new(placeholder, [], false, true);

    public static FieldValue MissingList(string placeholder) => new(null, [placeholder], true, true);
}

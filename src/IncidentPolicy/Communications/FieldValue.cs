using System.Collections.Immutable;
using System.Linq;

namespace IncidentPolicy.Communications;

/// <summary>
/// One field of a message, unescaped: a text, a list, an entry with named members (an item of
/// <see cref="MessageFields.OverdueItems"/>), nothing (the line that uses it is left out), or a placeholder for what
/// the record does not hold (<see cref="IsMissing"/>; the placeholder is the procedure's own bracketed wording). A
/// value the library writes itself from a closed set of characters (a time, a duration, the phase, the channel's slug,
/// an item's key) is <see cref="IsGenerated"/>. The renderer escapes every other text for the format when a template
/// writes it (<see cref="OutputEscaping"/>).
/// </summary>
internal sealed record FieldValue(
    string? Text,
    ImmutableArray<FieldValue> Items,
    bool IsList,
    bool IsMissing,
    bool IsGenerated = false,
    ImmutableDictionary<string, FieldValue>? Members = null)
{
    public static FieldValue None { get; } = new(null, [], false, false);

    /// <summary>An empty list: a loop over it writes nothing and <c>size</c> is 0.</summary>
    public static FieldValue EmptyList { get; } = new(null, [], true, false);

    public static FieldValue Of(string text) => new(text, [], false, false);

    public static FieldValue Generated(string text) => new(text, [], false, false, IsGenerated: true);

    public static FieldValue List(ImmutableArray<string> items) => new(null, [.. items.Select(Of)], true, false);

    public static FieldValue List(ImmutableArray<FieldValue> items) => new(null, items, true, false);

    public static FieldValue Entry(ImmutableDictionary<string, FieldValue> members) => new(null, [], false, false, Members: members);

    public static FieldValue Missing(string placeholder) => new(placeholder, [], false, true);

    public static FieldValue MissingList(string placeholder) => new(null, [Missing(placeholder)], true, true);
}

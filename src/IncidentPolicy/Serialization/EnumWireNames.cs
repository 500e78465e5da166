using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using IncidentPolicy.Text;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Serialization;

/// <summary>
/// The names an enum's values have in JSON documents and in the command line's text (camelCase:
/// <c>coreSeverelyImpaired</c>), in the order docs/wire-format.md lists them. Get one from <see cref="WireNames"/>.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
/// <example>
/// <code>
/// WireNames.Status.Name(IncidentStatus.Mitigated);            // "mitigated"
/// WireNames.Channel.TryParse("page", out var channel);        // true, NotificationChannel.Page
/// </code>
/// </example>
public sealed class EnumWireNames<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> _byName;
    private readonly Dictionary<TEnum, string> _byValue;

    internal EnumWireNames(string noun, params TEnum[] values)
    {
        Noun = noun;
        Names = [.. values.Select(v => Identifiers.Camel(v))];
        _byName = values.ToDictionary(v => Identifiers.Camel(v), StringComparer.Ordinal);
        _byValue = values.ToDictionary(v => v, v => Identifiers.Camel(v));
    }

    /// <summary>Every name, in the documented order.</summary>
    public ImmutableArray<string> Names { get; }

    /// <summary>What a value is called in messages: <c>unknown role "ic"</c>.</summary>
    internal string Noun { get; }

    /// <summary>The names as a message lists them: <c>open, mitigated or resolved</c>.</summary>
    internal string Expected => ProblemMessages.OneOf(Names);

    /// <summary>The value a name stands for; names are case-sensitive.</summary>
    /// <param name="name">The name, e.g. <c>incidentCommander</c>.</param>
    /// <param name="value">The value, when the name is known.</param>
    /// <returns>Whether <paramref name="name"/> is one of <see cref="Names"/>.</returns>
    public bool TryParse([NotNullWhen(true)] string? name, out TEnum value)
    {
        if (name is not null && _byName.TryGetValue(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>The name of a value.</summary>
    /// <param name="value">The value.</param>
    /// <returns>Its name, e.g. <c>incidentCommander</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="value"/> has no name: it is not a defined value of the enum.</exception>
    public string Name(TEnum value) =>
        _byValue.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentException($"{typeof(TEnum).Name} value {value} has no name on the wire; expected {Expected}", nameof(value));
}

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IncidentPolicy.Text;

namespace IncidentPolicy.Serialization;

/// <summary>
/// The wire names of an enum's values (camelCase, <see cref="Identifiers.Camel{TEnum}"/>), in the order
/// the contract lists them, which is the order problem messages list them in.
/// </summary>
/// <typeparam name="TEnum">The enum.</typeparam>
internal sealed class WireEnum<TEnum>
    where TEnum : struct, Enum
{
    private readonly Dictionary<string, TEnum> _byName;
    private readonly Dictionary<TEnum, string> _byValue;

    public WireEnum(string noun, params TEnum[] values)
    {
        Noun = noun;
        Names = [.. values.Select(v => Identifiers.Camel(v))];
        _byName = values.ToDictionary(v => Identifiers.Camel(v), StringComparer.Ordinal);
        _byValue = values.ToDictionary(v => v, v => Identifiers.Camel(v));
    }

    /// <summary>What a value is called in messages: <c>unknown role "ic"</c>.</summary>
    public string Noun { get; }

    public ImmutableArray<string> Names { get; }

    /// <summary>The names as a message lists them: <c>open, mitigated or resolved</c>.</summary>
    public string Expected => $"{string.Join(", ", Names.Take(Names.Length - 1))} or {Names[^1]}";

    public bool TryParse(string name, out TEnum value) => _byName.TryGetValue(name, out value);

    /// <exception cref="ArgumentException"><paramref name="value"/> is not a value of the contract.</exception>
    public string Name(TEnum value) =>
        _byValue.TryGetValue(value, out var name)
            ? name
            : throw new ArgumentException($"{typeof(TEnum).Name} value {value} has no name on the wire; expected {Expected}.", nameof(value));
}

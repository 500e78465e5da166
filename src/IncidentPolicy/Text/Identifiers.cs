using System;
using System.Globalization;

namespace IncidentPolicy.Text;

/// <summary>Wire names of enum values: camelCase, as in the JSON contract (<c>coreSeverelyImpaired</c>).</summary>
internal static class Identifiers
{
    public static string Camel<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return string.Concat(char.ToLower(name[0], CultureInfo.InvariantCulture).ToString(), name.AsSpan(1));
    }
}

using System;
using System.Globalization;
using System.Linq;
using System.Text;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Serialization;

/// <summary>
/// JSON paths of the places problems are reported at: <c>$.events[3].type</c>. A name that is not an
/// identifier is written in brackets: <c>$.severities['SEV 1']</c>.
/// </summary>
internal static class JsonPath
{
    public const string Root = "$";

    /// <summary>The path of a location; a location under <see cref="InputField.CustomRules"/> is not in a document and has no <c>$</c>.</summary>
    public static string Of(ProblemLocation location)
    {
        var inDocument = location.Segments.IsEmpty || location.Segments[0] is not FieldSegment { Field: InputField.CustomRules };
        var path = new StringBuilder(inDocument ? Root : string.Empty);
        foreach (var segment in location.Segments)
        {
            switch (segment)
            {
                case FieldSegment field:
                    Append(path, WireFields.Of(field.Field));
                    break;
                case KeySegment key:
                    Append(path, key.Key);
                    break;
                case IndexSegment index:
                    path.Append('[').Append(index.Index.ToString(CultureInfo.InvariantCulture)).Append(']');
                    break;
                case MatrixCellSegment cell:
                    Append(path, WireNames.Scope.Name(cell.Scope));
                    Append(path, WireNames.UsersAffected.Name(cell.Users));
                    break;
                default:
                    throw new ArgumentException($"unknown location segment {segment}", nameof(location));
            }
        }

        return path.ToString();
    }

    private static void Append(StringBuilder path, string name)
    {
        if (IsIdentifier(name))
        {
            path.Append(path.Length == 0 ? string.Empty : ".").Append(name);
        }
        else
        {
            path.Append("['").Append(name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
        }
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0
        && (char.IsAsciiLetter(name[0]) || name[0] == '_')
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}

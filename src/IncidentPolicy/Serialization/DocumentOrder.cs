using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Puts a document's problems in the order of the document, whichever check found them: a problem comes
/// where its place is in the text, a problem of an object before those of its properties, and a missing
/// property before the properties its object has. Problems at the same place keep their order.
/// </summary>
internal static class DocumentOrder
{
    private static readonly Comparer<int[]> ByPosition = Comparer<int[]>.Create(Compare);

    public static List<ValidationProblem> Sort(IEnumerable<ValidationProblem> problems, JsonElement root) =>
        [.. problems.OrderBy(p => PositionOf(p.Location, root), ByPosition)];

    /// <summary>The place of a location in the text: for each step, the property's or item's position in its parent (-1 when it is not there).</summary>
    private static int[] PositionOf(ProblemLocation location, JsonElement root)
    {
        var position = new List<int>(location.Segments.Length);
        var element = root;
        foreach (var segment in location.Segments)
        {
            var found = segment switch
            {
                FieldSegment field => Property(element, WireFields.Of(field.Field)),
                KeySegment key => Property(element, key.Key),
                IndexSegment index => Item(element, index.Index),
                _ => null,
            };
            if (found is not var (at, value))
            {
                position.Add(-1);
                break;
            }

            position.Add(at);
            element = value;
        }

        return [.. position];
    }

    private static (int Position, JsonElement Value)? Property(JsonElement element, string name)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var position = 0;
        foreach (var property in element.EnumerateObject())
        {
            if (NameEquals(property, name))
            {
                return (position, property.Value);
            }

            position++;
        }

        return null;
    }

    private static (int Position, JsonElement Value)? Item(JsonElement element, int index) =>
        element.ValueKind == JsonValueKind.Array && index < element.GetArrayLength() ? (index, element[index]) : null;

    private static int Compare(int[]? x, int[]? y)
    {
        x ??= [];
        y ??= [];
        for (var i = 0; i < x.Length && i < y.Length; i++)
        {
            if (x[i] != y[i])
            {
                return x[i].CompareTo(y[i]);
            }
        }

        return x.Length.CompareTo(y.Length);
    }

    /// <summary>Whether a property has the name; a name written with a lone surrogate escape (<c>"\ud800"</c>) is no name a reader looks for.</summary>
    private static bool NameEquals(JsonProperty property, string name)
    {
        try
        {
            return property.NameEquals(name);
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

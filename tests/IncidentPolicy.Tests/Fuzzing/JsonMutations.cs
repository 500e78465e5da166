using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace IncidentPolicy.Tests.Fuzzing;

/// <summary>Mutations that know JSON's shape: a value swapped for one of another type or an edge value, a property written twice.</summary>
internal static class JsonMutations
{
    public static readonly string[] Tokens =
    [
        "{", "}", "[", "]", ",", ":", "\"", "null", "true", "false", "0", "-1", "1e309", "\"\"", "{}", "[]", "//", "/*", "*/", "\\u0000", "\\ud800", "\\uDFFF",
        "\"type\": \"resolved\"", "\"at\": \"2024-03-15T14:00:00Z\"", "\"extends\": \"none\"", "{\"type\": \"severityAssigned\", \"at\": \"2024-03-15T14:00:00Z\", \"severity\": \"P9\"}",
        "\"businessDays\": 2147483647", "\"escalateAfter\": \"P99999999D\"", "\"rank\": -2147483648", ",,", "\u00a0", "\t", "NaN", "Infinity",
    ];

    /// <summary>Values of every JSON type and edge forms of the strings the documents hold (instants, durations, dates, names).</summary>
    private static readonly string[] Values =
    [
        "null", "true", "false", "0", "-1", "1.5", "1e308", "-1e308", "2147483648", "\"\"", "\" \"", "{}", "[]", "[null]", "{\"\": null}",
        "\"2024-03-15T14:00:00Z\"", "\"0001-01-01T00:00:00Z\"", "\"9999-12-31T23:59:59.999999999Z\"", "\"-9998-01-01T00:00:00Z\"", "\"2024-02-30T00:00:00Z\"",
        "\"2024-03-15\"", "\"0001-01-01\"", "\"9999-12-31\"", "\"PT1H\"", "\"PT0S\"", "\"-PT1H\"", "\"P99999999D\"", "\"PT9223372036854775807S\"", "\"P1Y\"",
        "\"P2147483647D\"", "\"PT1000000000H\"", "\"nextBusinessDay\"", "{\"businessDays\": 0}", "{\"businessDays\": 2147483647}", "{\"businessDays\": 1e9}",
        "[{\"every\": \"PT1S\"}]", "[{\"every\": \"PT1M\", \"for\": \"P99999D\"}]", "\"P0\"", "\"P1\"", "\"P9\"", "\"none\"", "\"error\"", "\"UTC\"", "\"Europe/Nowhere\"",
        "\"25:00\"", "\"00:00\"", "\"23:59:59.999999999\"", "\"\\u0000\"", "\"\\ud800\"", "\"IRP3001\"", "\"IRP0000\"", "\"*\"", "\"{{ severity }}\"", "\"{% for x in (1..1000000) %}x{% endfor %}\"",
    ];

    public static (string Name, Func<Random, byte[], byte[]> Apply)[] Operators { get; } =
    [
        ("type swap", SwapValue),
        ("duplicate key", DuplicateKey),
    ];

    /// <summary>Replaces the value after a random <c>:</c> (up to the next <c>,</c>, <c>}</c> or line end, strings whole) with another.</summary>
    private static byte[] SwapValue(Random random, byte[] bytes)
    {
        var colons = Positions(bytes, (byte)':');
        if (colons.Count == 0)
        {
            return bytes;
        }

        var start = colons[random.Next(colons.Count)] + 1;
        var end = ValueEnd(bytes, start);
        return [.. bytes[..start], .. Encoding.UTF8.GetBytes(" " + Values[random.Next(Values.Length)]), .. bytes[end..]];
    }

    /// <summary>Writes a line that holds a property twice, one after the other.</summary>
    private static byte[] DuplicateKey(Random random, byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var properties = lines.Select((line, index) => (line, index)).Where(l => l.line.Contains("\":", StringComparison.Ordinal)).ToList();
        if (properties.Count == 0)
        {
            return bytes;
        }

        var (text, at) = properties[random.Next(properties.Count)];
        var copy = text.TrimEnd().EndsWith(',') ? text : text + ",";
        lines.Insert(at, copy);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }

    private static int ValueEnd(byte[] bytes, int start)
    {
        var i = start;
        while (i < bytes.Length && bytes[i] is (byte)' ' or (byte)'\t')
        {
            i++;
        }

        if (i < bytes.Length && bytes[i] == (byte)'"')
        {
            for (i++; i < bytes.Length && bytes[i] != (byte)'"'; i++)
            {
                if (bytes[i] == (byte)'\\')
                {
                    i++;
                }
            }

            return Math.Min(bytes.Length, i + 1);
        }

        var depth = 0;
        for (; i < bytes.Length; i++)
        {
            var b = bytes[i];
            if (b is (byte)'{' or (byte)'[')
            {
                depth++;
            }
            else if (b is (byte)'}' or (byte)']')
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
            else if ((b == (byte)',' || b == (byte)'\n') && depth == 0)
            {
                return i;
            }
        }

        return bytes.Length;
    }

    private static List<int> Positions(byte[] bytes, byte value)
    {
        var found = new List<int>();
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == value)
            {
                found.Add(i);
            }
        }

        return found;
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace IncidentPolicy.Tests.Fuzzing;

/// <summary>
/// Mutates valid inputs cheaply and deterministically (one seeded <see cref="Random"/> per case): truncation, bit
/// flips, interesting bytes, deleted and repeated ranges, splices from another input, invalid UTF-8, byte order
/// marks, deep nesting, huge numbers and strings, and the format's own tokens (<see cref="Tokens"/>), one to four at a time.
/// Format-specific mutations (type swaps, duplicate keys) come in as <see cref="Extra"/> operators.
/// </summary>
internal sealed class Mutator(IReadOnlyList<byte[]> seeds, IReadOnlyList<string> tokens, params (string Name, Func<Random, byte[], byte[]> Apply)[] extra)
{
    private static readonly byte[] Interesting = [0x00, 0xFF, 0x7F, 0x80, 0xC0, 0xFE, (byte)'"', (byte)'{', (byte)'}', (byte)'[', (byte)']', (byte)',', (byte)':', (byte)'\\', (byte)'\n', (byte)'\r', (byte)'/', (byte)'*', (byte)'<', (byte)'`', (byte)'#', (byte)'|', (byte)'%'];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xC3, 0x28], [0xFF], [0xFE], [0xED, 0xA0, 0x80], [0xF0, 0x28, 0x8C, 0x28], [0xC0, 0xAF], [0xE2, 0x82], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
    ];

    private static readonly string[] HugeNumbers =
    [
        "1e999999", "-1e-999999", "123456789012345678901234567890123456789", "9223372036854775808", "-9223372036854775809", "2147483648", "-2147483649",
        "-0", "0.0000000000000000000000001", "1E400", "4294967296", "1.7976931348623157E+309", "-1", "0", "1.5",
    ];

    public IReadOnlyList<string> Tokens { get; } = tokens;

    public IReadOnlyList<(string Name, Func<Random, byte[], byte[]> Apply)> Extra { get; } = extra;

    /// <summary>The case of <paramref name="seed"/>: the same bytes on every run and machine.</summary>
    public FuzzCase Case(int seed)
    {
        var random = new Random(seed);
        var input = seeds[random.Next(seeds.Count)];
        var applied = new List<string>();
        var count = 1 + random.Next(4);
        for (var i = 0; i < count; i++)
        {
            var (name, apply) = Pick(random);
            input = apply(random, input);
            applied.Add(name);
        }

        return new FuzzCase(seed, string.Join(", ", applied), input);
    }

    private (string Name, Func<Random, byte[], byte[]> Apply) Pick(Random random)
    {
        var choice = random.Next(16 + Extra.Count * 2);
        return choice switch
        {
            0 => ("truncate", (r, b) => b[..r.Next(b.Length + 1)]),
            1 => ("flip bits", FlipBits),
            2 => ("interesting byte", (r, b) => Replace(r, b, [Interesting[r.Next(Interesting.Length)]])),
            3 => ("delete range", (r, b) => { var (s, e) = Range(r, b); return [.. b[..s], .. b[e..]]; }),
            4 => ("repeat range", (r, b) => { var (s, e) = Range(r, b); return Insert(r, b, b[s..e]); }),
            5 => ("splice", (r, b) => { var other = seeds[r.Next(seeds.Count)]; var (s, e) = Range(r, other); return Insert(r, b, other[s..e]); }),
            6 => ("invalid UTF-8", (r, b) => Insert(r, b, InvalidUtf8[r.Next(InvalidUtf8.Length)])),
            7 => ("byte order mark", ByteOrderMark),
            8 => ("deep nesting", DeepNesting),
            9 => ("huge number", (r, b) => Insert(r, b, Encoding.UTF8.GetBytes(HugeNumbers[r.Next(HugeNumbers.Length)]))),
            10 => ("huge string", HugeString),
            11 or 12 or 13 => ("token", (r, b) => Insert(r, b, Encoding.UTF8.GetBytes(Tokens[r.Next(Tokens.Count)]))),
            14 => ("token run", (r, b) => Insert(r, b, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(Tokens[r.Next(Tokens.Count)], 2 + r.Next(200)))))),
            15 => ("line ends", (r, b) => Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(b).Replace("\n", r.Next(2) == 0 ? "\r\n" : "\r", StringComparison.Ordinal))),
            _ => Extra[(choice - 16) / 2],
        };
    }

    private static byte[] FlipBits(Random random, byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return bytes;
        }

        var copy = (byte[])bytes.Clone();
        for (var i = 1 + random.Next(8); i > 0; i--)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] ByteOrderMark(Random random, byte[] bytes) => random.Next(4) switch
    {
        0 => [0xEF, 0xBB, 0xBF, .. bytes],
        1 => [0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. bytes],
        2 => [0xFF, 0xFE, .. bytes],
        _ => Insert(random, bytes, [0xEF, 0xBB, 0xBF]),
    };

    /// <summary>Nesting around the readers' limits (64 for JSON) and far beyond, closed or left open.</summary>
    private static byte[] DeepNesting(Random random, byte[] bytes)
    {
        // Far deeper nesting is rarer: it costs every reader more (and shows the same thing each time).
        int[] depths = [2, 20, 63, 64, 65, 100, 101, 128, 129, 1000];
        var depth = random.Next(20) == 0 ? (random.Next(2) == 0 ? 10_000 : 100_000) : depths[random.Next(depths.Length)];
        var (open, close) = random.Next(6) switch
        {
            0 => ("[", "]"),
            1 => ("{\"a\":", "}"),
            2 => (">", string.Empty),
            3 => ("{% if true %}", "{% endif %}"),
            4 => ("(", ")"),
            _ => ("[", string.Empty),
        };
        var text = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        return Insert(random, bytes, Encoding.UTF8.GetBytes(text));
    }

    private static byte[] HugeString(Random random, byte[] bytes)
    {
        int[] lengths = [100, 1_000, 10_000];
        string[] units = ["x", "\\u0000", "\\ud800", "é", "\\\"", " ", "*", "`", "{{", "a b "];
        var length = random.Next(20) == 0 ? 100_000 : lengths[random.Next(lengths.Length)];
        var text = "\"" + string.Concat(Enumerable.Repeat(units[random.Next(units.Length)], length / 4)) + "\"";
        return Insert(random, bytes, Encoding.UTF8.GetBytes(text));
    }

    public static (int Start, int End) Range(Random random, byte[] bytes)
    {
        var start = random.Next(bytes.Length + 1);
        var end = Math.Min(bytes.Length, start + random.Next(1 + Math.Min(bytes.Length, 512)));
        return (start, end);
    }

    public static byte[] Insert(Random random, byte[] bytes, byte[] piece)
    {
        var at = random.Next(bytes.Length + 1);
        return [.. bytes[..at], .. piece, .. bytes[at..]];
    }

    public static byte[] Replace(Random random, byte[] bytes, byte[] piece)
    {
        if (bytes.Length == 0)
        {
            return piece;
        }

        var at = random.Next(bytes.Length);
        return [.. bytes[..at], .. piece, .. bytes[(at + 1)..]];
    }
}

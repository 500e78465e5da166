using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using IncidentPolicy.Cli.Tests.Support;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace IncidentPolicy.Cli.Tests;

/// <summary>
/// The tool, run in-process on a few hundred fuzzed files (the library's readers get 10,000 each in
/// IncidentPolicy.Tests/Fuzzing): a file it cannot use is exit code 2 with a message on stderr naming the file,
/// never an unexpected error (exit code 1, or for <c>lint</c> a stderr line saying "unexpected").
/// </summary>
public sealed class FuzzedInputTests(ITestOutputHelper output)
{
    private const int Cases = 300;

    private static readonly string[] Values = ["null", "7", "-1", "\"\"", "{}", "[]", "1e999", "\"P2147483647D\"", "\"9999-12-31T23:59:59Z\"", "\"\\ud800\""];

    [Fact]
    public void Fuzzed_incidents_policies_and_documents_are_used_or_refused_with_exit_code_2_and_a_message()
    {
        using var files = new TempFiles();
        var incident = File.ReadAllBytes(Repository.PathOf(Samples.P2ClimbsToP0));
        var policy = File.ReadAllBytes(Repository.PathOf(Samples.London));
        var runbook = File.ReadAllBytes(Repository.PathOf("samples", "runbooks", "orders-error-rate.md"));
        var refused = new Dictionary<string, int> { ["evaluate"] = 0, ["check-policy"] = 0, ["lint"] = 0 };
        var failures = new List<string>();
        for (var seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            var (command, seedFile, name) = (seed % 3) switch
            {
                0 => ("evaluate", incident, "incident.json"),
                1 => ("check-policy", policy, "policy.json"),
                _ => ("lint", runbook, "runbook.md"),
            };
            var path = Path.Combine(files.Folder, $"{seed}-{name}");
            File.WriteAllBytes(path, Mutate(random, seedFile));
            string[] args = command switch
            {
                "evaluate" => ["evaluate", path, "--at", "2024-03-15T18:00:00Z"],
                "check-policy" => ["check-policy", path],
                _ => ["lint", path, "--at", "2026-03-15T12:00:00Z"],
            };

            var (stdout, stderr) = (new StringWriter(), new StringWriter());
            var code = CliApplication.Run(args, new NodaTime.Testing.FakeClock(Instant.FromUtc(2024, 3, 15, 18, 0)), stdout, stderr, TextStyle.Plain);
            var error = stderr.ToString();
            var expected = code == 2
                ? NamesTheFile(error, path) && !error.Contains("unexpected", StringComparison.Ordinal)
                : code == 0 || (command == "lint" && code == 1 && error.Length == 0);
            if (!expected)
            {
                failures.Add($"seed {seed}: {string.Join(' ', args)} exited {code}\nstderr: {error}\ninput (base64): {Convert.ToBase64String(File.ReadAllBytes(path))}");
            }

            refused[command] += code == 2 ? 1 : 0;
        }

        output.WriteLine($"{Cases} fuzzed files: refused with exit code 2: {string.Join(", ", refused.Select(r => $"{r.Key} {r.Value}"))}");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures.Take(5)));
        Assert.All(refused, r => Assert.True(r.Value > 0, $"{r.Key}: no fuzzed file was refused; the mutations are too mild"));
    }

    /// <summary>
    /// Whether a refusal names the file: as given (<c>evaluate</c>, <c>check-policy</c>) or, as <c>lint</c> writes the files it
    /// reads, relative to the working directory (which, from a checkout under the temporary folder, does not contain the path as given).
    /// </summary>
    private static bool NamesTheFile(string error, string path) =>
        error.Contains(path, StringComparison.Ordinal)
        || error.Contains(Path.GetRelativePath(Environment.CurrentDirectory, path).Replace('\\', '/'), StringComparison.Ordinal);

    /// <summary>One to three of: truncation, bit flips, invalid UTF-8, a byte order mark, deep nesting, a value swapped for another type, a repeated line.</summary>
    private static byte[] Mutate(Random random, byte[] bytes)
    {
        for (var i = 1 + random.Next(3); i > 0; i--)
        {
            var at = random.Next(bytes.Length + 1);
            bytes = random.Next(7) switch
            {
                0 => bytes[..at],
                1 => Flip(random, bytes),
                2 => [.. bytes[..at], 0xC3, 0x28, .. bytes[at..]],
                3 => [0xEF, 0xBB, 0xBF, .. bytes],
                4 => [.. bytes[..at], .. Encoding.UTF8.GetBytes(new string('[', 1 + random.Next(2000))), .. bytes[at..]],
                5 => SwapValue(random, bytes),
                _ => RepeatLine(random, bytes),
            };
        }

        return bytes;
    }

    private static byte[] Flip(Random random, byte[] bytes)
    {
        var copy = (byte[])bytes.Clone();
        if (copy.Length > 0)
        {
            copy[random.Next(copy.Length)] ^= (byte)(1 << random.Next(8));
        }

        return copy;
    }

    private static byte[] SwapValue(Random random, byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var colons = Enumerable.Range(0, text.Length).Where(i => text[i] == ':').ToList();
        if (colons.Count == 0)
        {
            return bytes;
        }

        var start = colons[random.Next(colons.Count)] + 1;
        var end = text.IndexOfAny([',', '\n', '}'], start);
        return Encoding.UTF8.GetBytes(string.Concat(text.AsSpan(0, start), " ", Values[random.Next(Values.Length)], end < 0 ? string.Empty : text[end..]));
    }

    private static byte[] RepeatLine(Random random, byte[] bytes)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var at = random.Next(lines.Count);
        lines.Insert(at, lines[at]);
        return Encoding.UTF8.GetBytes(string.Join('\n', lines));
    }
}

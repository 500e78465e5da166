using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using IncidentPolicy.Validation;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace IncidentPolicy.Tests.Fuzzing;

/// <summary>
/// Runs a reader on <see cref="FuzzSettings.Cases"/> mutated inputs, each under a generous timeout (a case that does not
/// finish is a hang and fails the test), and fails with every failing case's seed, mutations and input, so that
/// <c>INCIDENTPOLICY_FUZZ_REPLAY=&lt;seed&gt;</c> runs that case alone.
/// </summary>
internal static class FuzzRunner
{
    private const int FailuresShown = 5;

    /// <summary>Runs the cases of the settings, or only the case of <paramref name="found"/> (one the fuzzer once found failing, kept as a regression test).</summary>
    public static void Run(string reader, Mutator mutator, Action<FuzzCase> check, ITestOutputHelper output, int? found = null)
    {
        var seeds = (found ?? FuzzSettings.Replay) is { } replay
            ? [replay]
            : Enumerable.Range(0, FuzzSettings.Cases).Select(i => unchecked((FuzzSettings.Seed * 1_000_003) + (i * 7_919))).ToArray();
        var failures = new List<string>();
        var slowest = new List<(double Seconds, int Seed)>();
        var clock = Stopwatch.StartNew();
        foreach (var seed in seeds)
        {
            var fuzzCase = mutator.Case(seed);
            var started = clock.Elapsed;
            var run = Task.Run(() => check(fuzzCase));
            string? failure = null;
            try
            {
                if (!run.Wait(FuzzSettings.CaseTimeout))
                {
                    failure = $"did not finish within {FuzzSettings.CaseTimeout.TotalSeconds} s (a hang)";
                }
            }
            catch (AggregateException e) when (e.InnerException is { } inner)
            {
                failure = $"{inner.GetType().FullName}: {inner.Message}\n{inner.StackTrace}";
            }

            slowest.Add(((clock.Elapsed - started).TotalSeconds, seed));
            if (slowest.Count > 3)
            {
                slowest.Remove(slowest.MinBy(s => s.Seconds));
            }

            if (failure is not null)
            {
                failures.Add(Describe(reader, fuzzCase, failure));
                if (failures.Count >= FailuresShown)
                {
                    break;
                }
            }
        }

        output.WriteLine($"{reader}: {seeds.Length} cases in {clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s, {failures.Count} failed; slowest: "
            + string.Join(", ", slowest.OrderByDescending(s => s.Seconds).Select(s => $"{s.Seconds.ToString("0.000", CultureInfo.InvariantCulture)} s (seed {s.Seed})")));
        if (failures.Count > 0)
        {
            throw new XunitException(string.Join("\n\n", failures));
        }
    }

    /// <summary>A refusal's problems each say where: a JSON path from <c>$</c> and a message.</summary>
    public static void Located(InvalidInputException refusal)
    {
        Assert.NotEmpty(refusal.Problems);
        Assert.All(refusal.Problems, p =>
        {
            Assert.StartsWith("$", p.Path, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(p.Message));
        });
        Assert.Contains(refusal.Problems[0].Message, refusal.Message, StringComparison.Ordinal);
    }

    private static string Describe(string reader, FuzzCase fuzzCase, string failure)
    {
        var text = Encoding.UTF8.GetString(fuzzCase.Input);
        var shown = text.Length <= 1500 ? text : string.Concat(text.AsSpan(0, 1500), $"... ({text.Length} characters)");
        var bytes = fuzzCase.Input.Length <= 600 ? Convert.ToBase64String(fuzzCase.Input) : "(over 600 bytes: replay it)";
        return $"{reader}: case seed {fuzzCase.Seed} (replay: INCIDENTPOLICY_FUZZ_REPLAY={fuzzCase.Seed}), mutations: {fuzzCase.Mutations}\n"
            + $"{failure}\ninput ({fuzzCase.Input.Length} bytes, base64 {bytes}):\n{Escape(shown)}";
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c is '\n' || !char.IsControl(c) && !char.IsSurrogate(c) ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return escaped.ToString();
    }
}

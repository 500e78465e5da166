using System;
using System.Globalization;

namespace IncidentPolicy.Tests.Fuzzing;

/// <summary>
/// How many fuzzed cases each reader gets and from which seed (docs/testing.md, "Fuzzing"):
/// <c>INCIDENTPOLICY_FUZZ_CASES</c> (default 10,000), <c>INCIDENTPOLICY_FUZZ_SEED</c> (default a fixed seed, so CI is
/// repeatable) and <c>INCIDENTPOLICY_FUZZ_REPLAY</c> (one case's seed, as a failure prints it: only that case runs).
/// </summary>
internal static class FuzzSettings
{
    public const int DefaultCases = 10_000;

    public const int DefaultSeed = 18_2026;

    public static int Cases => Number("INCIDENTPOLICY_FUZZ_CASES") is { } cases and > 0 ? cases : DefaultCases;

    public static int Seed => Number("INCIDENTPOLICY_FUZZ_SEED") ?? DefaultSeed;

    public static int? Replay => Number("INCIDENTPOLICY_FUZZ_REPLAY");

    /// <summary>How long one case may run before the harness calls it a hang: generous, far beyond any case's cost on a loaded machine.</summary>
    public static TimeSpan CaseTimeout { get; } = TimeSpan.FromSeconds(20);

    private static int? Number(string name) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;
}

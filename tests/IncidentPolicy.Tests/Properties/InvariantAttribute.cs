using System;
using System.Globalization;
using FsCheck.Xunit;

namespace IncidentPolicy.Tests.Properties;

/// <summary>
/// An FsCheck property of the policy: it runs <see cref="Cases"/> generated cases, 500 unless the
/// environment variable <c>INCIDENTPOLICY_PROPERTY_CASES</c> asks for more (or fewer), and replays the random seed in
/// <c>INCIDENTPOLICY_PROPERTY_REPLAY</c> when it is set. A failure prints the random seed to replay
/// (<c>Falsifiable, after N tests (M shrinks) (seed,gamma,size)</c>).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
public sealed class InvariantAttribute : PropertyAttribute
{
    /// <summary>The environment variable with the number of cases per property.</summary>
    public const string CasesVariable = "INCIDENTPOLICY_PROPERTY_CASES";

    /// <summary>The environment variable with a seed to replay, as printed by a failure: <c>seed,gamma</c> or <c>(seed,gamma,size)</c>.</summary>
    public const string ReplayVariable = "INCIDENTPOLICY_PROPERTY_REPLAY";

    /// <summary>The number of cases per property when the environment does not say: what CI runs.</summary>
    public const int DefaultCases = 500;

    public InvariantAttribute()
    {
        MaxTest = Cases;
        if (Environment.GetEnvironmentVariable(ReplayVariable) is { Length: > 0 } replay)
        {
            Replay = replay;
        }
    }

    /// <summary>The number of cases each property runs.</summary>
    public static int Cases =>
        int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var cases) && cases > 0
            ? cases
            : DefaultCases;
}

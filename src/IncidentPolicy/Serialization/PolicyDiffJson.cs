using System;
using System.Collections.Generic;
using IncidentPolicy.Diff;
using IncidentPolicy.Serialization.Wire;

namespace IncidentPolicy.Serialization;

/// <summary>
/// Writes policy diffs (<see cref="PolicyDiff"/>) as JSON (docs/policy-diff.md): camelCase keys, ISO-8601 UTC
/// instants, every key always (<c>null</c> where absent), LF line ends, 2-space indentation. Each change has its
/// <c>path</c>, its <c>change</c> (<c>added</c>, <c>removed</c> or <c>changed</c>), and <c>before</c> and
/// <c>after</c> in the shape of that field of the evaluation result.
/// </summary>
/// <example>
/// <code>
/// Console.WriteLine(PolicyDiffJson.Write(PolicyDiff.Compare(PolicyEngine.Default, engine, incident)));
/// </code>
/// </example>
public static class PolicyDiffJson
{
    /// <summary>Writes one incident's diff: <c>incidentId</c>, <c>source</c>, <c>at</c> and <c>changes</c>.</summary>
    /// <param name="diff">The diff.</param>
    /// <param name="indented">Whether to indent (2 spaces) or write one line.</param>
    /// <returns>The JSON text, without a final line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="diff"/> is <see langword="null"/>.</exception>
    public static string Write(IncidentDiff diff, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(diff);
        return WireJson.Write(PolicyDiffWireMapper.ToWire(diff), indented);
    }

    /// <summary>Writes the diffs of many incidents: <c>from</c> and <c>to</c> (the policies as named), then <c>incidents</c>, each as <see cref="Write(IncidentDiff, bool)"/> writes it.</summary>
    /// <param name="from">How the old policy is named, e.g. <c>default</c> or a file name.</param>
    /// <param name="to">How the new policy is named.</param>
    /// <param name="diffs">The diffs, in the order to write them.</param>
    /// <param name="indented">Whether to indent (2 spaces) or write one line.</param>
    /// <returns>The JSON text, without a final line end.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static string WriteReport(string from, string to, IEnumerable<IncidentDiff> diffs, bool indented = true)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(diffs);
        return WireJson.Write(PolicyDiffWireMapper.ToWire(from, to, diffs), indented);
    }
}

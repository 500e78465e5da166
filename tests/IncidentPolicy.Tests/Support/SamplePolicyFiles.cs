using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace IncidentPolicy.Tests.Support;

/// <summary>The sample policy documents of samples/policies/.</summary>
internal static class SamplePolicyFiles
{
    /// <summary>
    /// Samples written for settings this branch of the library does not read yet (business-day durations and
    /// cadence schedules): left out of the tests that read every sample until the reader has them.
    /// </summary>
    public static IReadOnlyList<string> AwaitingReader { get; } = ["pagerduty-style.json"];

    /// <summary>The file names of samples/policies/*.json that the library reads, in ordinal order.</summary>
    public static IReadOnlyList<string> Readable { get; } =
        [.. Directory.GetFiles(Repository.PathOf("samples", "policies"), "*.json")
            .Select(path => Path.GetFileName(path))
            .Except(AwaitingReader, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace IncidentPolicy.Tests.Support;

/// <summary>The sample policy documents of samples/policies/.</summary>
internal static class SamplePolicyFiles
{
    /// <summary>The file names of samples/policies/*.json that in ordinal order.</summary>
    public static IReadOnlyList<string> Readable { get; } =
        [.. Directory.GetFiles(Repository.PathOf("samples", "policies"), "*.json")
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal)];
}

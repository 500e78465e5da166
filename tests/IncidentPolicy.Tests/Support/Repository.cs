using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace IncidentPolicy.Tests.Support;

/// <summary>Files of the repository the tests run from: the folder holding IncidentPolicy.sln, found by walking up from the test binaries.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The file names of samples/incidents/*.json, in ordinal order.</summary>
    public static IEnumerable<string> SampleIncidentNames =>
        Directory.GetFiles(PathOf("samples", "incidents"), "*.json")
            .Select(path => Path.GetFileName(path))
            .Order(StringComparer.Ordinal);

    public static string SampleIncident(string name) => File.ReadAllText(PathOf("samples", "incidents", name));

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "IncidentPolicy.sln")))
            {
                return folder.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds IncidentPolicy.sln.");
    }
}

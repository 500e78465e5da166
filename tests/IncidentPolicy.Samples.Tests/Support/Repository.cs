using System;
using System.IO;

namespace IncidentPolicy.Samples.Tests.Support;

/// <summary>Files of the repository the tests run from: the folder holding IncidentPolicy.sln, found by walking up from the test binaries.</summary>
internal static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The build configuration of the test binaries (Debug or Release): the samples are taken from the same one.</summary>
    public static string Configuration { get; } = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string PathOf(params string[] parts) => Path.Combine([Root, .. parts]);

    /// <summary>The built assembly of a sample, e.g. <c>IncidentPolicy.Samples.Api</c>.</summary>
    public static string SampleDll(string name) => PathOf("samples", name, "bin", Configuration, "net10.0", name + ".dll");

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

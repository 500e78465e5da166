using System;
using System.IO;

namespace IncidentPolicy.Cli.Tests.Support;

/// <summary>A folder of files written by one test, deleted afterwards.</summary>
internal sealed class TempFiles : IDisposable
{
    public TempFiles()
    {
        Folder = Directory.CreateTempSubdirectory("incident-policy-cli-").FullName;
    }

    public string Folder { get; }

    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;

namespace IncidentPolicy.Cli;

/// <summary>
/// What <c>diff</c> reads: the two policies (<c>default</c> or a policy document) and the incident records (files, and the
/// <c>*.json</c> files under folders). Every problem of every input is collected and refused together, each naming its file.
/// </summary>
internal static class DiffInputs
{
    /// <summary>The name that stands for the built-in default policy in <c>--from</c> and <c>--to</c>.</summary>
    public const string DefaultPolicyName = "default";

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "node_modules" };

    /// <summary>A policy as named on the command line, and its engine.</summary>
    public sealed record NamedPolicy(string Name, ResponsePolicy Policy, PolicyEngine Engine);

    /// <summary>A record and the path it was read from, as the user wrote it (folders' files below the folder as written).</summary>
    public sealed record IncidentFile(string Path, IncidentRecord Incident);

    /// <summary>Reads both policies; the problems of both are refused together.</summary>
    public static (NamedPolicy From, NamedPolicy To) Policies(string from, string to)
    {
        var problems = new List<string>();
        var before = Policy(from, problems);
        var after = string.Equals(from, to, StringComparison.Ordinal) ? before : Policy(to, problems);
        ThrowIfAny(problems);
        return (before!, after!);
    }

    /// <summary>
    /// Reads every record the arguments name, strictly, and checks the levels each names against both policies; the problems
    /// of every file are refused together. A file named twice (or named and inside a folder named) is read once.
    /// </summary>
    public static List<IncidentFile> Incidents(IEnumerable<string> arguments, string workingDirectory, NamedPolicy from, NamedPolicy to)
    {
        var problems = new List<string>();
        var incidents = new List<IncidentFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (fullPath, display) in Expand(arguments, workingDirectory, problems).Where(f => seen.Add(f.FullPath)))
        {
            if (Read(fullPath, display, from, to, problems) is { } incident)
            {
                incidents.Add(new IncidentFile(display, incident));
            }
        }

        ThrowIfAny(problems);
        return incidents;
    }

    private static NamedPolicy? Policy(string name, List<string> problems)
    {
        if (string.Equals(name, DefaultPolicyName, StringComparison.Ordinal))
        {
            return new NamedPolicy(name, ResponsePolicy.Default, PolicyEngine.Default);
        }

        try
        {
            var policy = Inputs.ReadPolicy(name);
            return new NamedPolicy(name, policy, new PolicyEngine(policy));
        }
        catch (Exception e) when (e is InvalidInputException or CliInputException)
        {
            problems.Add(e.Message);
            return null;
        }
    }

    private static List<(string FullPath, string Display)> Expand(IEnumerable<string> arguments, string workingDirectory, List<string> problems)
    {
        var files = new List<(string, string)>();
        foreach (var argument in arguments)
        {
            var full = Path.GetFullPath(argument, workingDirectory);
            if (File.Exists(full))
            {
                files.Add((full, argument));
            }
            else if (Directory.Exists(full))
            {
                try
                {
                    var found = JsonUnder(full).Select(f => (f, Below(argument, Path.GetRelativePath(full, f)))).ToList();
                    if (found.Count == 0)
                    {
                        problems.Add($"{argument}: the folder holds no incident record (*.json).");
                    }

                    files.AddRange(found);
                }
                catch (Exception e) when (e is UnauthorizedAccessException or SecurityException or IOException)
                {
                    problems.Add($"{argument}: cannot read the folder: {e.Message}");
                }
            }
            else
            {
                problems.Add($"{argument}: no such incident file or folder.");
            }
        }

        return files;
    }

    /// <summary>Reads a record's shape, then checks the levels it names against each policy, so that each problem names the policy it is about.</summary>
    private static IncidentRecord? Read(string fullPath, string display, NamedPolicy from, NamedPolicy to, List<string> problems)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or SecurityException or IOException or NotSupportedException)
        {
            problems.Add($"{display}: cannot read the incident file: {e.Message}");
            return null;
        }

        IncidentRecord? incident = Parse(bytes, display, policy: null, problems);
        if (incident is null)
        {
            return null;
        }

        var forFrom = Parse(bytes, $"{display} (for --from {from.Name})", from.Policy, problems);
        var forTo = ReferenceEquals(from, to) ? forFrom : Parse(bytes, $"{display} (for --to {to.Name})", to.Policy, problems);
        return forFrom is null || forTo is null ? null : incident;
    }

    private static IncidentRecord? Parse(byte[] bytes, string source, ResponsePolicy? policy, List<string> problems)
    {
        try
        {
            using var utf8 = new MemoryStream(bytes, writable: false);
            return IncidentJson.ReadIncident(utf8, source, new IncidentReadOptions { Policy = policy });
        }
        catch (InvalidInputException e)
        {
            problems.Add(e.Message);
            return null;
        }
    }

    private static IEnumerable<string> JsonUnder(string folder)
    {
        var found = new List<string>();
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            found.AddRange(Directory.EnumerateFiles(current, "*.json").Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase)));
            foreach (var sub in Directory.EnumerateDirectories(current).Where(d => !SkippedFolders.Contains(Path.GetFileName(d))))
            {
                pending.Push(sub);
            }
        }

        return found.Order(StringComparer.Ordinal);
    }

    private static string Below(string folder, string relative) =>
        folder.TrimEnd('/', '\\') + "/" + relative.Replace('\\', '/');

    private static void ThrowIfAny(List<string> problems)
    {
        if (problems.Count > 0)
        {
            throw new CliInputException(string.Join('\n', problems));
        }
    }
}

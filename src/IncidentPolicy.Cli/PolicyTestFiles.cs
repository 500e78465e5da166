using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using IncidentPolicy.Testing;

namespace IncidentPolicy.Cli;

/// <summary>
/// The policy test files <c>test</c> runs: each file named (whatever its name), and the files ending in
/// <c>.policytest.json</c> under each folder named (recursively, in ordinal order of their paths; <c>.git</c> and
/// <c>node_modules</c> left out), so a folder may also hold the policies and incident records the tests name.
/// </summary>
internal static class PolicyTestFiles
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "node_modules" };

    /// <summary>A test file: its full path and its path for output (relative to the working directory, <c>/</c> separators).</summary>
    public sealed record Entry(string FullPath, string DisplayPath);

    /// <summary>The files the arguments name, each once, with a problem for each argument that names no test file.</summary>
    public static (List<Entry> Files, List<string> Problems) Expand(IEnumerable<string> arguments, string workingDirectory)
    {
        var files = new List<Entry>();
        var problems = new List<string>();
        foreach (var argument in arguments)
        {
            var full = Path.GetFullPath(argument, workingDirectory);
            if (File.Exists(full))
            {
                files.Add(new Entry(full, Display(full, workingDirectory)));
            }
            else if (Directory.Exists(full))
            {
                try
                {
                    var found = TestFilesUnder(full).Select(f => new Entry(f, Display(f, workingDirectory))).ToList();
                    if (found.Count == 0)
                    {
                        problems.Add($"{argument}: the folder holds no policy test file (*{PolicyTestFile.Suffix}).");
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
                problems.Add($"{argument}: no such file or folder.");
            }
        }

        return ([.. files.DistinctBy(f => f.FullPath, StringComparer.Ordinal)], problems);
    }

    private static IEnumerable<string> TestFilesUnder(string folder)
    {
        var found = new List<string>();
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            found.AddRange(Directory.EnumerateFiles(current).Where(f => f.EndsWith(PolicyTestFile.Suffix, StringComparison.Ordinal)));
            foreach (var sub in Directory.EnumerateDirectories(current))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(sub)))
                {
                    pending.Push(sub);
                }
            }
        }

        return found.Order(StringComparer.Ordinal);
    }

    private static string Display(string fullPath, string workingDirectory) =>
        Path.GetRelativePath(workingDirectory, fullPath).Replace('\\', '/');
}

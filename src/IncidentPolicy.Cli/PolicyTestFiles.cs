using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Testing;

namespace IncidentPolicy.Cli;

/// <summary>
/// The policy test files <c>test</c> runs: each file named (whatever its name), and the files ending in
/// <c>.policytest.json</c> under each folder named (recursively, in ordinal order of their paths; <c>.git</c> and
/// <c>node_modules</c> left out), so a folder may also hold the policies and incident records the tests name.
/// </summary>
internal static class PolicyTestFiles
{
    private static readonly FileArguments.Kind TestFiles = new(
        PolicyTestFile.Suffix,
        StringComparison.Ordinal,
        $"the folder holds no policy test file (*{PolicyTestFile.Suffix}).",
        "no such file or folder.");

    /// <summary>A test file: its full path and its path for output (relative to the working directory, <c>/</c> separators).</summary>
    public sealed record Entry(string FullPath, string DisplayPath);

    /// <summary>The files the arguments name, each once, with a problem for each argument that names no test file.</summary>
    public static (List<Entry> Files, List<string> Problems) Expand(IEnumerable<string> arguments, string workingDirectory)
    {
        var (found, problems) = FileArguments.Expand(arguments, workingDirectory, TestFiles);
        return ([.. found.Select(f => new Entry(f.FullPath, f.RelativeTo(workingDirectory)))], problems);
    }
}

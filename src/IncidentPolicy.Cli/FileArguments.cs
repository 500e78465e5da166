using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;

namespace IncidentPolicy.Cli;

/// <summary>
/// The one walk of the files and folders a command is given (<c>lint</c>, <c>test</c>, <c>diff</c>): each file named,
/// whatever its name, and the files with the command's ending under each folder named (recursively, in ordinal order of
/// their paths; <c>.git</c> and <c>node_modules</c> left out). A file named twice, or named and inside a folder named,
/// comes once, as named, at its first place. A path that names nothing, a folder without a matching file and a folder
/// that cannot be read are problems, all collected, in the order of the arguments.
/// </summary>
internal static class FileArguments
{
    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "node_modules" };

    /// <summary>What a command looks for in the folders it is given, and how it says that a path names nothing.</summary>
    /// <param name="Ending">The ending of the files read from folders: <c>.md</c>, <c>.json</c>, <c>.policytest.json</c>.</param>
    /// <param name="Comparison">How the ending is compared: the same on every machine, whatever the file system's casing.</param>
    /// <param name="NoneInFolder">The problem of a folder that holds no such file, after <c>folder: </c>.</param>
    /// <param name="NoSuchPath">The problem of a path that is neither a file nor a folder, after <c>path: </c>.</param>
    public sealed record Kind(string Ending, StringComparison Comparison, string NoneInFolder, string NoSuchPath);

    /// <summary>A file found.</summary>
    /// <param name="FullPath">The file's full path.</param>
    /// <param name="Argument">The argument that named it (the file itself, or its folder), as the user wrote it.</param>
    /// <param name="BelowFolder">Its path below the folder named, with <c>/</c> separators; <see langword="null"/> when the argument named the file itself.</param>
    public sealed record Found(string FullPath, string Argument, string? BelowFolder)
    {
        /// <summary>Whether the argument named the file itself rather than a folder holding it.</summary>
        public bool Explicit => BelowFolder is null;

        /// <summary>The path as the user wrote it: the argument, or the folder as written and the path below it.</summary>
        public string AsWritten => BelowFolder is null ? Argument : Argument.TrimEnd('/', '\\') + "/" + BelowFolder;

        /// <summary>The path relative to <paramref name="workingDirectory"/>, with <c>/</c> separators.</summary>
        /// <param name="workingDirectory">The folder the arguments are relative to.</param>
        /// <returns>The path for output.</returns>
        public string RelativeTo(string workingDirectory) => Path.GetRelativePath(workingDirectory, FullPath).Replace('\\', '/');
    }

    /// <summary>The files the arguments name, each once, with a problem for each argument that names none.</summary>
    /// <param name="arguments">The paths, as the user wrote them.</param>
    /// <param name="workingDirectory">The folder relative paths are relative to.</param>
    /// <param name="kind">What the command reads from folders.</param>
    /// <returns>The files, in the order of the arguments, and the problems.</returns>
    public static (List<Found> Files, List<string> Problems) Expand(IEnumerable<string> arguments, string workingDirectory, Kind kind)
    {
        var files = new List<Found>();
        var problems = new List<string>();
        foreach (var argument in arguments)
        {
            var full = Path.GetFullPath(argument, workingDirectory);
            if (File.Exists(full))
            {
                files.Add(new Found(full, argument, BelowFolder: null));
            }
            else if (Directory.Exists(full))
            {
                try
                {
                    var found = FilesUnder(full, kind)
                        .Select(f => new Found(f, argument, Path.GetRelativePath(full, f).Replace('\\', '/')))
                        .ToList();
                    if (found.Count == 0)
                    {
                        problems.Add($"{argument}: {kind.NoneInFolder}");
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
                problems.Add($"{argument}: {kind.NoSuchPath}");
            }
        }

        var unique = files
            .GroupBy(f => f.FullPath, StringComparer.Ordinal)
            .Select(g => g.FirstOrDefault(f => f.Explicit) ?? g.First())
            .ToList();
        return (unique, problems);
    }

    private static IEnumerable<string> FilesUnder(string folder, Kind kind)
    {
        var found = new List<string>();
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            found.AddRange(Directory.EnumerateFiles(current).Where(f => f.EndsWith(kind.Ending, kind.Comparison)));
            foreach (var sub in Directory.EnumerateDirectories(current).Where(d => !SkippedFolders.Contains(Path.GetFileName(d))))
            {
                pending.Push(sub);
            }
        }

        return found.Order(StringComparer.Ordinal);
    }
}

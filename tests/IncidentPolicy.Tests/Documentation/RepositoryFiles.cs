using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IncidentPolicy.Tests.Support;

namespace IncidentPolicy.Tests.Documentation;

/// <summary>The files of the repository the documentation tests read, and whether a reference to one resolves.</summary>
internal static class RepositoryFiles
{
    /// <summary>Extensions of the text files whose words are checked.</summary>
    public static readonly string[] TextExtensions =
        [".cs", ".md", ".json", ".csproj", ".props", ".targets", ".txt", ".xml", ".yml", ".yaml", ".http", ".sh"];

    /// <summary>Folders that hold build output, tool state or history, not sources.</summary>
    private static readonly HashSet<string> SkippedFolders =
        new(["bin", "obj", ".git", ".vs", ".idea", "node_modules", "TestResults", "BenchmarkDotNet.Artifacts"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Every file of the repository, as paths relative to its root with '/' separators.</summary>
    private static readonly Lazy<HashSet<string>> All = new(() =>
        Enumerate(Repository.Root).Select(Relative).ToHashSet(StringComparer.Ordinal));

    /// <summary>Every Markdown file of the repository.</summary>
    public static IEnumerable<string> Markdown =>
        Enumerate(Repository.Root).Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);

    public static IEnumerable<string> Under(IEnumerable<string> folders, params string[] extensions) =>
        folders
            .Select(folder => Repository.PathOf(folder))
            .Where(Directory.Exists)
            .SelectMany(Enumerate)
            .Where(f => extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal);

    /// <summary>The lines of a file with their numbers, counted from 1.</summary>
    public static IEnumerable<(string Line, int Number)> Lines(string file) =>
        File.ReadAllLines(file).Select((line, index) => (line, index + 1));

    public static string Relative(string file) => Path.GetRelativePath(Repository.Root, file).Replace('\\', '/');

    /// <summary>
    /// Why a Markdown link target does not resolve, or <see langword="null"/> when it does (or is not a
    /// link into the repository). Relative to the linking file; an anchor must name a heading of the target.
    /// </summary>
    public static string? ProblemWithLink(string fromFile, string target)
    {
        if (target.Contains("://", StringComparison.Ordinal) || target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var hash = target.IndexOf('#', StringComparison.Ordinal);
        var path = Uri.UnescapeDataString(hash < 0 ? target : target[..hash]);
        var anchor = hash < 0 ? null : target[(hash + 1)..];
        var resolved = path.Length == 0 ? fromFile : Path.GetFullPath(Path.Combine(Path.GetDirectoryName(fromFile)!, path));
        if (!File.Exists(resolved) && !Directory.Exists(resolved))
        {
            return $"link ({target}): {path} does not exist";
        }

        if (anchor is { Length: > 0 } && File.Exists(resolved) && resolved.EndsWith(".md", StringComparison.OrdinalIgnoreCase)
            && !MarkdownText.Anchors(resolved).Contains(anchor))
        {
            return $"link ({target}): {Relative(resolved)} has no heading #{anchor}";
        }

        return null;
    }

    /// <summary>
    /// Whether a path written in backticks names a file: relative to the file that writes it,
    /// to the repository's root, or as the end of a path in the repository (<c>Rules/RulePriorities.cs</c>).
    /// </summary>
    public static bool PathExists(string fromFile, string path)
    {
        var candidates = new[] { Path.Combine(Path.GetDirectoryName(fromFile)!, path), Path.Combine(Repository.Root, path) };
        if (candidates.Any(File.Exists))
        {
            return true;
        }

        var suffix = "/" + path;
        return All.Value.Any(f => f.EndsWith(suffix, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Enumerate(string folder)
    {
        foreach (var file in Directory.EnumerateFiles(folder))
        {
            yield return file;
        }

        foreach (var child in Directory.EnumerateDirectories(folder).Where(d => !SkippedFolders.Contains(Path.GetFileName(d))))
        {
            foreach (var file in Enumerate(child))
            {
                yield return file;
            }
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;

namespace IncidentPolicy.Cli;

/// <summary>
/// The Markdown files <c>lint</c> reads: each file named, and the <c>*.md</c> files under each folder named
/// (recursively, in ordinal order of their paths, <c>.git</c> and <c>node_modules</c> left out). Text only:
/// a file over the size limit, with a NUL byte or not valid UTF-8 is refused, naming the file and why.
/// </summary>
internal static class DocumentFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly HashSet<string> SkippedFolders = new(StringComparer.Ordinal) { ".git", "node_modules" };

    /// <summary>A file to lint: its path for output (relative to the working directory, <c>/</c> separators) and whether it was named explicitly.</summary>
    public sealed record Entry(string FullPath, string DisplayPath, bool Explicit);

    /// <summary>The files the arguments name, with a problem for each argument that names nothing to lint.</summary>
    public static (List<Entry> Files, List<string> Problems) Expand(IEnumerable<string> arguments, string workingDirectory)
    {
        var files = new List<Entry>();
        var problems = new List<string>();
        foreach (var argument in arguments)
        {
            var full = Path.GetFullPath(argument, workingDirectory);
            if (File.Exists(full))
            {
                files.Add(new Entry(full, Display(full, workingDirectory), Explicit: true));
            }
            else if (Directory.Exists(full))
            {
                try
                {
                    var found = MarkdownUnder(full).Select(f => new Entry(f, Display(f, workingDirectory), Explicit: false)).ToList();
                    if (found.Count == 0)
                    {
                        problems.Add($"{argument}: the folder holds no Markdown file (*.md) to lint.");
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

        // A file named twice (or named and inside a folder named) is linted once, as named.
        var unique = files
            .GroupBy(f => f.FullPath, StringComparer.Ordinal)
            .Select(g => g.OrderByDescending(f => f.Explicit).First())
            .ToList();
        return (unique, problems);
    }

    /// <summary>Reads a document's text, or says why it is refused.</summary>
    public static (string? Text, string? Problem) Read(Entry entry, long maxBytes)
    {
        byte[] bytes;
        try
        {
            var length = new FileInfo(entry.FullPath).Length;
            if (length > maxBytes)
            {
                // Not read at all: the analyzer's own limit (DocumentAnalysisOptions.MaxDocumentBytes, the same number) would refuse it.
                return (null, $"{entry.DisplayPath}: refused: {length} bytes is over the size limit of {maxBytes} bytes for one document (raise it with --max-file-size <bytes>).");
            }

            bytes = File.ReadAllBytes(entry.FullPath);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or SecurityException or IOException or NotSupportedException)
        {
            return (null, $"{entry.DisplayPath}: cannot read the file: {e.Message}");
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            return (null, $"{entry.DisplayPath}: refused: a binary file (a NUL byte at offset {nul}), not a Markdown document.");
        }

        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return (StrictUtf8.GetString(bytes, start, bytes.Length - start), null);
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? $" at offset {start + e.Index}" : string.Empty;
            return (null, $"{entry.DisplayPath}: refused: not UTF-8 text (a byte{offset} is not valid UTF-8), not a Markdown document.");
        }
    }

    private static IEnumerable<string> MarkdownUnder(string folder)
    {
        var found = new List<string>();
        var pending = new Stack<string>([folder]);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            found.AddRange(Directory.EnumerateFiles(current, "*.md"));
            foreach (var sub in Directory.EnumerateDirectories(current))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(sub)))
                {
                    pending.Push(sub);
                }
            }
        }

        return found.Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal);
    }

    private static string Display(string fullPath, string workingDirectory) =>
        Path.GetRelativePath(workingDirectory, fullPath).Replace('\\', '/');
}

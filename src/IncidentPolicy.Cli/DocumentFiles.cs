using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Security;
using System.Text;

namespace IncidentPolicy.Cli;

/// <summary>
/// The Markdown files <c>lint</c> reads: each file named, and the <c>*.md</c> files (any case) under each folder named
/// (recursively, in ordinal order of their paths, <c>.git</c> and <c>node_modules</c> left out). Text only:
/// a file over the size limit, with a NUL byte or not valid UTF-8 is refused, naming the file and why.
/// </summary>
internal static class DocumentFiles
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly FileArguments.Kind Markdown = new(
        ".md", StringComparison.OrdinalIgnoreCase, "the folder holds no Markdown file (*.md) to lint.", "no such file or folder.");

    /// <summary>A file to lint: its path for output (relative to the working directory, <c>/</c> separators) and whether it was named explicitly.</summary>
    public sealed record Entry(string FullPath, string DisplayPath, bool Explicit);

    /// <summary>The files the arguments name, with a problem for each argument that names nothing to lint.</summary>
    public static (List<Entry> Files, List<string> Problems) Expand(IEnumerable<string> arguments, string workingDirectory)
    {
        // A file named twice (or named and inside a folder named) is linted once, as named.
        var (found, problems) = FileArguments.Expand(arguments, workingDirectory, Markdown);
        return ([.. found.Select(f => new Entry(f.FullPath, f.RelativeTo(workingDirectory), f.Explicit))], problems);
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
}

using System;

namespace IncidentPolicy.Documents.Markdown;

/// <summary>
/// Counts the emphasis markers of each paragraph before the Markdown parser sees the text. The parser keeps every
/// marker of a paragraph (or a table) open until the paragraph ends and adds each later piece of text below all the
/// open ones, so its time grows with the square of the markers in one paragraph: a paragraph of 8,000 takes seconds,
/// one of 100,000 hours. With at most a fixed number per paragraph the parse is linear in the document's length.
/// </summary>
internal static class EmphasisMarkers
{
    /// <summary>
    /// The paragraph with the most emphasis markers: runs of <c>*</c> or <c>_</c> (a run counts once,
    /// backslash escapes are left out). A paragraph is counted up to a blank line, a heading or the start of a list
    /// item; fenced code is not counted. Where the count is unsure (a code span, indented code) it counts more, never fewer.
    /// </summary>
    /// <param name="text">The document.</param>
    /// <returns>The count and the 1-based line where that paragraph starts (0 and 1 when there is no marker).</returns>
    public static (int Count, int Line) MostInOneParagraph(string text)
    {
        int most = 0, mostLine = 1, count = 0, paragraphLine = 1, line = 1;
        var fence = '\0';
        var fenceLength = 0;
        for (var start = 0; start <= text.Length; line++)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var content = text.AsSpan(start, end - start);
            start = end + 1;
            var indent = content.Length - content.TrimStart(' ').Length;
            var body = content.TrimStart(' ');
            if (fence != '\0')
            {
                if (indent <= 3 && Run(body, 0) is var closing && closing >= fenceLength && body[0] == fence && body[closing..].IsWhiteSpace())
                {
                    (fence, paragraphLine) = ('\0', line + 1);
                }

                continue;
            }

            if (indent <= 3 && body.Length >= 3 && body[0] is '`' or '~' && Run(body, 0) >= 3)
            {
                (fence, fenceLength, count) = (body[0], Run(body, 0), 0);
                continue;
            }

            if (body.IsWhiteSpace())
            {
                (count, paragraphLine) = (0, line + 1);
                continue;
            }

            if (indent <= 3 && (IsHeading(body) || IsListItem(body)))
            {
                (count, paragraphLine) = (0, line);
                body = IsListItem(body) ? body[1..] : body;
            }

            count += Count(body);
            if (count > most)
            {
                (most, mostLine) = (count, paragraphLine);
            }
        }

        return (most, mostLine);
    }

    private static int Count(ReadOnlySpan<char> line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            switch (line[i])
            {
                case '\\':
                    i++;
                    break;
                case '*' or '_':
                    count++;
                    i += Run(line, i) - 1;
                    break;
            }
        }

        return count;
    }

    private static int Run(ReadOnlySpan<char> text, int at)
    {
        var end = at;
        while (end < text.Length && text[end] == text[at])
        {
            end++;
        }

        return end - at;
    }

    /// <summary>An ATX heading: one to six <c>#</c> and then a space or the line's end.</summary>
    private static bool IsHeading(ReadOnlySpan<char> body) =>
        body.Length > 0 && body[0] == '#' && Run(body, 0) is var hashes and <= 6 && (hashes == body.Length || body[hashes] is ' ' or '\t');

    /// <summary>A bullet item with text (<c>- x</c>, <c>* x</c>, <c>+ x</c>) or an ordered item numbered 1: the items that can interrupt a paragraph.</summary>
    private static bool IsListItem(ReadOnlySpan<char> body) =>
        body.Length >= 3 && body[0] is '-' or '*' or '+' && body[1] is ' ' or '\t' && !body[2..].IsWhiteSpace()
        || body.Length >= 4 && body[0] == '1' && body[1] is '.' or ')' && body[2] is ' ' or '\t' && !body[3..].IsWhiteSpace();
}

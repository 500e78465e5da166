using System.Collections.Generic;

namespace IncidentPolicy.Documents.Markdown;

/// <summary>Turns a character offset of a text into its 1-based line and column; a line ends at LF (a CR before it belongs to the line end).</summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts = [0];
    private readonly int _length;

    public LineMap(string text)
    {
        _length = text.Length;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>The number of lines.</summary>
    public int LineCount => _lineStarts.Count;

    /// <summary>The offset where 1-based <paramref name="line"/> starts.</summary>
    public int LineStart(int line) => _lineStarts[line - 1];

    /// <summary>The position of <paramref name="offset"/>, clamped to the text: before it is its start, past it its end.</summary>
    public SourcePosition PositionOf(int offset)
    {
        offset = System.Math.Clamp(offset, 0, _length);
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return new SourcePosition(line + 1, offset - _lineStarts[line] + 1);
    }
}

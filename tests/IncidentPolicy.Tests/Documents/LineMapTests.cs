using IncidentPolicy.Documents;
using IncidentPolicy.Documents.Markdown;
using Xunit;

namespace IncidentPolicy.Tests.Documents;

/// <summary>
/// Where a finding is reported: an offset of the text becomes a 1-based line and column, a line ends at LF with a CR
/// before it counted as part of the line end, an offset before the text is the start of the document and one past it its end.
/// </summary>
public sealed class LineMapTests
{
    private const string Text = "ab\r\ncd\n";

    [Fact]
    public void Every_line_starts_after_the_previous_LF()
    {
        var lines = new LineMap(Text);

        Assert.Equal(3, lines.LineCount);
        Assert.Equal(0, lines.LineStart(1));
        Assert.Equal(4, lines.LineStart(2));
        Assert.Equal(7, lines.LineStart(3));
    }

    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 2)]
    [InlineData(2, 1, 3)]
    [InlineData(3, 1, 4)]
    [InlineData(4, 2, 1)]
    [InlineData(6, 2, 3)]
    [InlineData(7, 3, 1)]
    [InlineData(-1, 1, 1)]
    [InlineData(-5, 1, 1)]
    [InlineData(8, 3, 1)]
    [InlineData(100, 3, 1)]
    public void An_offset_is_a_line_and_column_from_one(int offset, int line, int column)
    {
        Assert.Equal(new SourcePosition(line, column), new LineMap(Text).PositionOf(offset));
    }
}

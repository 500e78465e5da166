using IncidentPolicy.Documents;
using Xunit;

namespace IncidentPolicy.Tests.Documents;

/// <summary>Positions in a document compare by line, then by column, as a reader goes through the text.</summary>
public sealed class SourcePositionTests
{
    [Theory]
    [InlineData(1, 5, 2, 1)]
    [InlineData(3, 1, 3, 2)]
    public void An_earlier_position_is_before_a_later_one(int line, int column, int laterLine, int laterColumn)
    {
        var earlier = new SourcePosition(line, column);
        var later = new SourcePosition(laterLine, laterColumn);

        Assert.True(earlier < later);
        Assert.False(later < earlier);
        Assert.True(later > earlier);
        Assert.False(earlier > later);
        Assert.True(earlier <= later);
        Assert.False(later <= earlier);
        Assert.True(later >= earlier);
        Assert.False(earlier >= later);
    }

    [Fact]
    public void A_position_is_at_or_before_and_at_or_after_itself_but_neither_before_nor_after_it()
    {
        var position = new SourcePosition(4, 7);
        var same = new SourcePosition(4, 7);

        Assert.True(position <= same);
        Assert.True(position >= same);
        Assert.False(position < same);
        Assert.False(position > same);
        Assert.Equal("4:7", position.ToString());
    }
}

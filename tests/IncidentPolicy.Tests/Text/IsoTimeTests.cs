using IncidentPolicy.Text;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Text;

/// <summary>Local times on the wire are <c>HH:mm</c>, with seconds when they are not zero, and text that is no time is refused, not thrown.</summary>
public sealed class IsoTimeTests
{
    [Fact]
    public void A_time_with_seconds_is_written_with_them()
    {
        Assert.Equal("09:00:30", IsoTime.Format(new LocalTime(9, 0, 30)));
        Assert.Equal("09:00", IsoTime.Format(new LocalTime(9, 0)));
    }

    [Fact]
    public void A_time_with_seconds_is_read_with_them()
    {
        Assert.True(IsoTime.TryParseTime("09:00:30", out var time));
        Assert.Equal(new LocalTime(9, 0, 30), time);
    }

    [Theory]
    [InlineData("25:00")]
    [InlineData("9am")]
    [InlineData(null)]
    public void Text_that_is_no_time_is_refused(string? text)
    {
        Assert.False(IsoTime.TryParseTime(text, out var time));
        Assert.Equal(default, time);
    }
}

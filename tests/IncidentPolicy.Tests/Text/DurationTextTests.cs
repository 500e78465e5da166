using IncidentPolicy.Text;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Text;

/// <summary>Durations in messages are written the way people write them in an incident channel: <c>1h30m</c>, <c>-15m</c>, <c>500ms</c>.</summary>
public sealed class DurationTextTests
{
    [Fact]
    public void No_time_at_all_is_zero_minutes()
    {
        Assert.Equal("0m", DurationText.Format(Duration.Zero));
    }

    [Fact]
    public void A_negative_duration_is_the_positive_one_with_a_minus_in_front()
    {
        Assert.Equal("-1h30m", DurationText.Format(-Duration.FromMinutes(90)));
    }

    [Fact]
    public void Seconds_are_written_after_the_minutes()
    {
        Assert.Equal("1m30s", DurationText.Format(Duration.FromSeconds(90)));
    }

    [Fact]
    public void Less_than_a_second_is_written_in_milliseconds_with_its_sign()
    {
        Assert.Equal("500ms", DurationText.Format(Duration.FromMilliseconds(500)));
        Assert.Equal("-500ms", DurationText.Format(-Duration.FromMilliseconds(500)));
    }
}

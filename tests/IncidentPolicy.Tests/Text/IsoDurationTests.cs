using IncidentPolicy.Text;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Text;

/// <summary>Durations on the wire are ISO 8601: whole seconds as they are, a fraction of a second as a decimal, and text that is no duration NodaTime can hold is refused, not thrown.</summary>
public sealed class IsoDurationTests
{
    [Fact]
    public void Whole_seconds_are_written_without_a_fraction()
    {
        Assert.Equal("PT5S", IsoDuration.Format(Duration.FromSeconds(5)));
        Assert.Equal("PT1M5S", IsoDuration.Format(Duration.FromSeconds(65)));
    }

    [Fact]
    public void A_fraction_of_a_second_is_written_as_a_decimal_of_seconds()
    {
        Assert.Equal("PT1.5S", IsoDuration.Format(Duration.FromMilliseconds(1500)));
        Assert.Equal("PT0.25S", IsoDuration.Format(Duration.FromMilliseconds(250)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Blank_text_is_no_duration(string text)
    {
        Assert.False(IsoDuration.TryParse(text, out _));
    }

    [Fact]
    public void A_duration_too_long_for_NodaTime_is_refused_not_thrown()
    {
        Assert.False(IsoDuration.TryParse("PT9223372036854775807H", out _));
    }
}

using System;
using System.Linq;
using IncidentPolicy.Model;
using Xunit;

namespace IncidentPolicy.Tests.Records;

/// <summary>A severity level's name and rank: what is refused, and how levels compare and sort.</summary>
public sealed class SeverityLevelTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void A_missing_or_blank_name_is_refused_naming_it(string? name)
    {
        Assert.Equal("name", Assert.ThrowsAny<ArgumentException>(() => new SeverityLevel(name!, 1)).ParamName);
    }

    [Fact]
    public void A_negative_rank_is_refused_and_rank_zero_is_the_most_severe_there_can_be()
    {
        Assert.Equal("rank", Assert.Throws<ArgumentOutOfRangeException>(() => new SeverityLevel("P0", -1)).ParamName);

        var zero = new SeverityLevel("P0", 0);

        Assert.Equal(0, zero.Rank);
        Assert.True(zero.IsMoreSevereThan(new SeverityLevel("P1", 1)));
    }

    [Fact]
    public void A_lower_rank_is_more_severe_and_an_equal_rank_is_not()
    {
        var p1 = new SeverityLevel("P1", 1);
        var p2 = new SeverityLevel("P2", 2);

        Assert.True(p1.IsMoreSevereThan(p2));
        Assert.False(p2.IsMoreSevereThan(p1));
        Assert.False(p1.IsMoreSevereThan(new SeverityLevel("P1b", 1)));
        Assert.Equal("other", Assert.Throws<ArgumentNullException>(() => p1.IsMoreSevereThan(null!)).ParamName);
    }

    [Fact]
    public void MostSevereFirst_sorts_by_rank_then_by_name_in_ordinal_order()
    {
        SeverityLevel[] levels = [new("P3", 3), new("b", 1), new("P1", 1), new("P2", 2), new("B", 1)];

        var sorted = levels.OrderBy(l => l, SeverityLevel.MostSevereFirst).Select(l => l.Name);

        Assert.Equal(["B", "P1", "b", "P2", "P3"], sorted);
    }

    [Fact]
    public void A_level_is_written_as_its_name()
    {
        Assert.Equal("SEV2", new SeverityLevel("SEV2", 2).ToString());
    }
}

using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Validation;

/// <summary>The "did you mean" of unknown names: the nearest known name within an edit distance of 2, swaps of neighbours counting 1.</summary>
public sealed class NearestNameTests
{
    private static readonly string[] LevelKeys =
        ["rank", "title", "responseTime", "updateCadence", "escalateAfter", "escalateTo", "notify", "requiredRoles", "verificationWindow", "reviewWithin"];

    [Theory]
    [InlineData("responseTme", "responseTime")] // a letter left out
    [InlineData("escalteAfter", "escalateAfter")]
    [InlineData("ranks", "rank")] // a letter too many
    [InlineData("nofity", "notify")] // two neighbours swapped: one edit
    [InlineData("updateCadance", "updateCadence")] // a letter replaced
    [InlineData("ResponseTime", "responseTime")] // a case difference is one edit
    [InlineData("reviewWIthin", "reviewWithin")]
    [InlineData("escalateTO", "escalateTo")] // two case differences: two edits
    public void The_nearest_known_name_within_two_edits_is_found(string unknown, string meant)
    {
        Assert.Equal(meant, NearestName.Find(unknown, LevelKeys));
    }

    [Theory]
    [InlineData("pagerDuty")]
    [InlineData("RESPONSETIME")] // eleven case differences
    [InlineData("escalation")] // three edits from escalateTo
    [InlineData("")]
    public void Nothing_is_suggested_beyond_two_edits(string unknown)
    {
        Assert.Null(NearestName.Find(unknown, LevelKeys));
    }

    [Fact]
    public void A_tie_goes_to_the_name_listed_first()
    {
        Assert.Equal("ab", NearestName.Find("a", ["ab", "ac"]));
        Assert.Equal("ac", NearestName.Find("a", ["ac", "ab"]));
    }

    [Fact]
    public void A_nearer_name_wins_over_one_listed_earlier()
    {
        Assert.Equal("escalateTo", NearestName.Find("escalateTp", ["escalateAfter", "escalateTo"]));
    }
}

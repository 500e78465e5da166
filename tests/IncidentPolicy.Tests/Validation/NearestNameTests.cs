using System;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Validation;

/// <summary>The "did you mean" of a misspelt name: the nearest known name within two edits (optimal string alignment), else none.</summary>
public sealed class NearestNameTests
{
    private static readonly string[] RecordFields = ["id", "title", "detectedAt", "impact", "events"];

    [Theory]
    [InlineData("impcat", "impact")]      // two adjacent characters swapped: one edit
    [InlineData("impac", "impact")]       // one deleted
    [InlineData("impactt", "impact")]     // one inserted
    [InlineData("detectdAt", "detectedAt")]
    [InlineData("detectedAT", "detectedAt")] // a difference of case is an edit
    [InlineData("evnts", "events")]
    [InlineData("titel", "title")]
    [InlineData("ipmcat", "impact")]      // two swaps: two edits
    [InlineData("impact", "impact")]      // the name itself is nearest of all
    public void A_name_within_two_edits_is_suggested(string unknown, string expected) =>
        Assert.Equal(expected, NearestName.Find(unknown, RecordFields));

    [Theory]
    [InlineData("service")]
    [InlineData("DETECTEDAT")] // nine letters of another case: nine edits
    [InlineData("impacted!")]  // three insertions
    public void A_name_three_or_more_edits_from_every_known_name_has_no_suggestion(string unknown) =>
        Assert.Null(NearestName.Find(unknown, RecordFields));

    [Fact]
    public void The_distance_is_optimal_string_alignment_not_unrestricted_Damerau_Levenshtein()
    {
        // "ca" → "abc" is two edits when a swapped pair may be edited again (ca → ac → abc), three when not.
        Assert.Null(NearestName.Find("ca", ["abc"]));
        Assert.Equal("ac", NearestName.Find("ca", ["abc", "ac"]));
    }

    [Fact]
    public void Among_names_equally_near_the_first_in_the_given_order_wins()
    {
        Assert.Equal("by", NearestName.Find("bx", ["by", "at"]));
        Assert.Equal("at", NearestName.Find("bt", ["at", "by"]));
        Assert.Equal("by", NearestName.Find("bt", ["by", "at"]));
    }

    [Fact]
    public void A_nearer_name_wins_over_an_earlier_one()
    {
        Assert.Equal("scope", NearestName.Find("scop", ["scape", "scope"]));
    }

    [Fact]
    public void No_known_names_give_no_suggestion() => Assert.Null(NearestName.Find("impact", []));

    [Fact]
    public void Arguments_must_not_be_null()
    {
        Assert.Throws<ArgumentNullException>(() => NearestName.Find(null!, RecordFields));
        Assert.Throws<ArgumentNullException>(() => NearestName.Find("x", null!));
    }
}

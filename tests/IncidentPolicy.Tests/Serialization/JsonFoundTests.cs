using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>
/// A problem quotes the value found as it is written in the document, so a user can search for it; a value longer than
/// 60 characters (quotes included) is cut there and marked with "...".
/// </summary>
public sealed class JsonFoundTests
{
    private static string Found(string detectedAt)
    {
        var problem = Assert.Single(Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident($$"""{"id": "INC-1", "detectedAt": {{detectedAt}} }""")).Problems);
        Assert.Equal("$.detectedAt", problem.Path);
        return problem.Message;
    }

    [Fact]
    public void A_value_of_60_characters_is_quoted_whole()
    {
        var sixty = "\"" + new string('x', 58) + "\"";

        Assert.Equal($"expected {JsonValueReader.InstantExpected}, got the string {sixty}", Found(sixty));
    }

    [Fact]
    public void A_longer_value_is_cut_after_60_characters()
    {
        var sixtyOne = "\"" + new string('x', 59) + "\"";

        Assert.Equal($"expected {JsonValueReader.InstantExpected}, got the string \"{new string('x', 59)}...", Found(sixtyOne));
    }

    [Fact]
    public void A_long_number_is_cut_the_same_way()
    {
        Assert.Equal($"expected {JsonValueReader.InstantExpected}, got the number {new string('9', 60)}...", Found(new string('9', 70)));
    }
}

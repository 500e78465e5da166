using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>
/// Text that stops being JSON is refused with one problem at <c>$</c> naming the line and position (from 1) and what is
/// written there, a character that cannot be seen (a control character, a space that is not JSON's) by its code point,
/// so a user can find it in the file.
/// </summary>
public sealed class JsonInputTests
{
    private static (string Path, string Message) TheProblem(string json)
    {
        var problem = Assert.Single(Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(json)).Problems);
        return (problem.Path, problem.Message);
    }

    [Theory]
    [InlineData("{\"id\":\u00A0\"INC-1\"}", "malformed JSON at line 1, position 7: expected JSON, got the character U+00A0")]
    [InlineData("{\"id\": \u0001}", "malformed JSON at line 1, position 8: expected JSON, got the character U+0001")]
    [InlineData("{\"id\": INC-1}", "malformed JSON at line 1, position 8: expected JSON, got 'I'")]
    [InlineData("{\"id\": \u00E9}", "malformed JSON at line 1, position 8: expected JSON, got '\u00E9'")]
    public void What_is_at_the_place_the_text_stops_being_JSON_is_named_an_invisible_character_by_its_code_point(string json, string message)
    {
        Assert.Equal(("$", message), TheProblem(json));
    }

    [Fact]
    public void A_blank_line_before_the_place_does_not_stop_the_character_there_being_named()
    {
        Assert.Equal(("$", "malformed JSON at line 3, position 9: expected JSON, got '}'"), TheProblem("{\n\n  \"id\": }"));
    }
}

using System.Linq;
using System.Text.Json.Nodes;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>Reading back a stored evaluation result: a value of the wrong kind is a problem at its path that says what was expected.</summary>
public sealed class EvaluationReaderTests
{
    private static string Stored(System.Action<JsonObject> edit)
    {
        var evaluation = Engines.Default.Evaluate(Incidents.Record("10:00", Incidents.P2Impact), T.Of("12:00"));
        var json = JsonNode.Parse(IncidentJson.WriteEvaluation(evaluation))!.AsObject();
        edit(json);
        return json.ToJsonString();
    }

    [Fact]
    public void A_channel_that_is_not_a_string_and_a_blank_level_name_are_problems_that_say_what_was_expected()
    {
        var text = Stored(json =>
        {
            json["channel"] = 5;
            json["severity"] = " ";
        });

        var refused = Assert.Throws<InvalidEvaluationException>(() => IncidentJson.ReadEvaluation(text, Engines.Default));

        Assert.Equal(
            [
                ("$.severity", "expected the name of a severity level, a string such as \"P1\", got the string \" \""),
                ("$.channel", "expected the incident channel's name, a string or null, got the number 5"),
            ],
            refused.Problems.Where(p => p.Path is "$.severity" or "$.channel").Select(p => (p.Path, p.Message)));
    }
}

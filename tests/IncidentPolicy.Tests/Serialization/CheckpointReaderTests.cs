using System.Linq;
using System.Text.Json.Nodes;
using IncidentPolicy.Model;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>
/// A stored checkpoint is read back with the state a resumed evaluation starts from (its event count, the impact
/// as assessed last with every answer and both descriptions); one that is not a checkpoint is refused, each problem
/// at its path with what was expected and what was found.
/// </summary>
public sealed class CheckpointReaderTests
{
    private static JsonNode Checkpoint()
    {
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident("payments-down-p1.json"));
        var checkpoint = Engines.Default.EvaluateWithCheckpoint(incident, incident.DetectedAt + Duration.FromHours(1)).Checkpoint!;
        return JsonNode.Parse(CheckpointJson.Write(checkpoint))!;
    }

    [Fact]
    public void The_impact_is_read_with_every_answer_and_both_descriptions()
    {
        var json = Checkpoint();
        json["impact"] = new JsonObject
        {
            ["usersAffected"] = "all",
            ["scope"] = "outage",
            ["securityBreach"] = true,
            ["dataCorruption"] = true,
            ["description"] = "checkout fails for every user",
            ["customerDescription"] = "payments cannot be made",
        };

        var read = CheckpointJson.Read(json.ToJsonString());

        Assert.Equal(
            new ImpactAssessment(UsersAffected.All, ImpactScope.Outage, SecurityBreach: true, DataCorruption: true)
            {
                Description = "checkout fails for every user",
                CustomerDescription = "payments cannot be made",
            },
            read.Impact);
    }

    [Fact]
    public void An_impact_without_answers_is_the_unknown_impact_with_no_breach_and_no_corruption()
    {
        var json = Checkpoint();
        json["impact"] = new JsonObject();

        Assert.Equal(ImpactAssessment.Unknown, CheckpointJson.Read(json.ToJsonString()).Impact);
    }

    [Fact]
    public void A_checkpoint_taken_before_any_event_has_an_event_count_of_zero()
    {
        var json = Checkpoint();
        json["eventCount"] = 0;

        Assert.Equal(0, CheckpointJson.Read(json.ToJsonString()).EventCount);
    }

    [Fact]
    public void Values_of_the_wrong_kind_are_refused_at_their_paths()
    {
        var json = Checkpoint();
        json["eventCount"] = -1;
        json["impact"] = new JsonObject { ["description"] = 1, ["customerDescription"] = false };

        var error = Assert.Throws<InvalidCheckpointException>(() => CheckpointJson.Read(json.ToJsonString()));

        Assert.Equal(
            [("$.eventCount", "expected the number of events before the checkpoint, a whole number of 0 or more, got the number -1"),
             ("$.impact.description", "expected who is affected and how, a string, got the number 1"),
             ("$.impact.customerDescription", "expected who is affected and how in words for customers, a string, got false")],
            error.Problems.Select(p => (p.Path, p.Message)));
    }

    [Fact]
    public void A_facts_values_that_are_not_an_array_are_refused_at_their_path()
    {
        var json = Checkpoint();
        json["facts"] = new JsonArray(new JsonObject { ["kind"] = "level", ["values"] = "P1" });

        var problem = Assert.Single(Assert.Throws<InvalidCheckpointException>(() => CheckpointJson.Read(json.ToJsonString())).Problems);

        Assert.Equal(("$.facts[0].values", "expected its values, an array of strings, got the string \"P1\""), (problem.Path, problem.Message));
    }

    [Fact]
    public void An_impact_that_is_not_an_object_is_refused_at_its_path()
    {
        var json = Checkpoint();
        json["impact"] = "outage";

        var problem = Assert.Single(Assert.Throws<InvalidCheckpointException>(() => CheckpointJson.Read(json.ToJsonString())).Problems);

        Assert.Equal(("$.impact", "expected the impact as assessed last, an object, got the string \"outage\""), (problem.Path, problem.Message));
    }
}

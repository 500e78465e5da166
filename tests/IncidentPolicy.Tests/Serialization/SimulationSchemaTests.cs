using System;
using System.Text.Json.Nodes;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>schemas/simulation.schema.json describes the simulated timelines the library writes.</summary>
public sealed class SimulationSchemaTests
{
    [Theory]
    [MemberData(nameof(SampleIncidents.Names), MemberType = typeof(SampleIncidents))]
    public void Each_samples_simulation_over_three_days_is_valid(string sample)
    {
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident(sample), sample);

        var json = IncidentJson.WriteSimulation(PolicySimulator.Simulate(Engines.Default, incident, incident.DetectedAt + Duration.FromDays(3)));

        Assert.Empty(Schemas.Errors(Schemas.Simulation, json));
    }

    [Theory]
    [InlineData("kind", "escalated")]
    [InlineData("at", "2024-03-15 10:00")]
    [InlineData("ruleId", 7)]
    public void An_action_with_a_wrong_value_is_refused(string key, object value)
    {
        var simulation = JsonNode.Parse(Written("p2-climbs-to-p0.json"))!;
        simulation["actions"]![0]![key] = JsonValue.Create(value);

        Assert.NotEmpty(Schemas.Errors(Schemas.Simulation, simulation.ToJsonString()));
    }

    [Fact]
    public void A_deadline_change_names_one_of_the_evaluations_deadlines()
    {
        var simulation = JsonNode.Parse(Written("p2-climbs-to-p0.json"))!;
        var change = FirstAction(simulation, "deadlineChanged");
        change["deadline"] = "resolveBy";

        Assert.NotEmpty(Schemas.Errors(Schemas.Simulation, simulation.ToJsonString()));
    }

    private static string Written(string sample)
    {
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident(sample), sample);
        return IncidentJson.WriteSimulation(PolicySimulator.Simulate(Engines.Default, incident, incident.DetectedAt + Duration.FromDays(1)));
    }

    private static JsonObject FirstAction(JsonNode simulation, string kind)
    {
        foreach (var action in simulation["actions"]!.AsArray())
        {
            if (action!["kind"]!.GetValue<string>() == kind)
            {
                return action.AsObject();
            }
        }

        throw new InvalidOperationException($"The simulation has no {kind} action.");
    }
}

using System.Linq;
using System.Text.Json;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using NodaTime.Text;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>
/// A written simulation lists every instant that was evaluated, so a host can replay its wake-ups; a simulation built
/// in code with its lists left default is written with empty lists rather than failing.
/// </summary>
public sealed class SimulationWireMapperTests
{
    private static PolicySimulation Simulated()
    {
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident("payments-down-p1.json"));
        return PolicySimulator.Simulate(Engines.Default, incident, incident.DetectedAt + Duration.FromDays(1));
    }

    [Fact]
    public void Every_evaluated_instant_is_written_in_order()
    {
        var simulation = Simulated();

        using var written = JsonDocument.Parse(IncidentJson.WriteSimulation(simulation));

        Assert.NotEmpty(simulation.EvaluatedAt);
        Assert.Equal(
            simulation.EvaluatedAt,
            written.RootElement.GetProperty("evaluatedAt").EnumerateArray().Select(at => InstantPattern.ExtendedIso.Parse(at.GetString()!).Value));
    }

    [Fact]
    public void A_simulation_with_its_lists_left_default_is_written_with_empty_lists()
    {
        var simulation = Simulated() with { Actions = default, EvaluatedAt = default };

        using var written = JsonDocument.Parse(IncidentJson.WriteSimulation(simulation));

        Assert.Equal(0, written.RootElement.GetProperty("actions").GetArrayLength());
        Assert.Equal(0, written.RootElement.GetProperty("evaluatedAt").GetArrayLength());
    }

    [Fact]
    public void A_null_simulation_is_refused_naming_the_argument()
    {
        Assert.Equal("simulation", Assert.Throws<System.ArgumentNullException>(() => IncidentJson.WriteSimulation(null!)).ParamName);
    }
}

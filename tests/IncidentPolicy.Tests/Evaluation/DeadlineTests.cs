using System.Linq;
using System.Text.Json;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Evaluation;

/// <summary>A deadline is defined once (<see cref="Deadline"/>): the result, the wire format and the simulator use that one definition.</summary>
public sealed class DeadlineTests
{
    [Fact]
    public void The_deadlines_are_the_keys_of_the_evaluations_deadlines_object_in_the_same_order()
    {
        var result = Engines.Default.Evaluate(Incidents.Record("10:00", Incidents.P2Impact), T.Of("10:30"));

        using var json = JsonDocument.Parse(IncidentJson.WriteEvaluation(result));

        Assert.Equal(
            ["responseBy", "nextUpdateBy", "escalatesAt", "earliestResolveAt", "reviewBy", "nextCustomerUpdateBy"],
            Deadline.All.Select(d => d.Name));
        Assert.Equal(Deadline.All.Select(d => d.Name), json.RootElement.GetProperty("deadlines").EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("11:30")]
    [InlineData("12:00")]
    public void Each_deadline_reads_its_own_value_of_a_result(string at)
    {
        var result = Engines.Default.Evaluate(
            Incidents.Record("10:00", Incidents.P2Impact, new MitigationApplied(T.Of("11:00")), new Resolved(T.Of("12:00"))),
            T.Of(at));
        var d = result.Deadlines;

        Assert.Equal([d.ResponseBy, d.NextUpdateBy, d.EscalatesAt, d.EarliestResolveAt, d.ReviewBy, d.NextCustomerUpdateBy], Deadline.All.Select(x => d[x]));
    }

    [Fact]
    public void A_deadline_that_is_not_part_of_a_result_is_refused_by_the_indexer()
    {
        var deadlines = Engines.Default.Evaluate(Incidents.Record("10:00", Incidents.P1Impact), T.Of("10:30")).Deadlines;

        var refused = Assert.Throws<System.ArgumentOutOfRangeException>(() => deadlines[Deadline.RolesDue]);

        Assert.Equal("deadline", refused.ParamName);
    }
}

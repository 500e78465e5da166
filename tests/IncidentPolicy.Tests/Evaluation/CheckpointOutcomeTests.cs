using System.Linq;
using System.Text.Json;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Evaluation;

/// <summary>
/// A checkpoint keeps each response and review deadline that was met or missed as an <c>outcome</c> fact
/// (deadline name, instant, <c>met</c> or <c>missed</c>), so a reader of the checkpoint tells the two apart.
/// </summary>
public sealed class CheckpointOutcomeTests
{
    private static readonly PolicyEngine Engine = new(ResponsePolicy.Default);

    private static string[][] Outcomes(IncidentRecord record, string at)
    {
        var checkpoint = Engine.EvaluateWithCheckpoint(record, T.Of(at)).Checkpoint!;
        using var json = JsonDocument.Parse(CheckpointJson.Write(checkpoint));
        return
        [
            .. json.RootElement.GetProperty("facts").EnumerateArray()
                .Where(f => f.GetProperty("kind").GetString() == "outcome")
                .Select(f => f.GetProperty("values").EnumerateArray().Select(v => v.GetString()!).ToArray()),
        ];
    }

    [Fact]
    public void An_acknowledgement_in_time_is_a_met_response_deadline()
    {
        var outcomes = Outcomes(Incidents.Record("10:00", Incidents.P1Impact, new Acknowledged(T.Of("10:05"), "bob")), "10:30");

        Assert.Equal(["responseBy", "met"], Assert.Single(outcomes).Where((_, i) => i != 1));
    }

    [Fact]
    public void No_acknowledgement_by_the_deadline_is_a_missed_response_deadline()
    {
        var outcomes = Outcomes(Incidents.Record("10:00", Incidents.P1Impact), "12:00");

        Assert.Equal(["responseBy", "missed"], Assert.Single(outcomes).Where((_, i) => i != 1));
    }

    [Fact]
    public void A_review_completed_in_time_is_a_met_review_deadline()
    {
        var outcomes = Outcomes(
            Incidents.Record(
                "10:00",
                Incidents.P1Impact,
                new Acknowledged(T.Of("10:05"), "bob"),
                new Resolved(T.Of("11:00")),
                new ReviewCompleted(T.Of("2024-03-16T10:00"))),
            "2024-03-16T12:00");

        Assert.Contains(outcomes, o => o[0] == "reviewBy" && o[2] == "met");
        Assert.DoesNotContain(outcomes, o => o[2] == "missed");
    }

    [Fact]
    public void No_review_by_the_deadline_is_a_missed_review_deadline()
    {
        var outcomes = Outcomes(
            Incidents.Record("10:00", Incidents.P1Impact, new Acknowledged(T.Of("10:05"), "bob"), new Resolved(T.Of("11:00"))),
            "2024-03-20T12:00");

        Assert.Contains(outcomes, o => o[0] == "reviewBy" && o[2] == "missed");
        Assert.Contains(outcomes, o => o[0] == "responseBy" && o[2] == "met");
    }
}

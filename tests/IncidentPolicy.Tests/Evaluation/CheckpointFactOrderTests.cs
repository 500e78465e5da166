using IncidentPolicy.Evaluation.Resume;
using Xunit;

namespace IncidentPolicy.Tests.Evaluation;

/// <summary>
/// The order a checkpoint writes its facts in: by kind, then value by value, and a fact whose values begin another's
/// first, whichever of the two is compared first. A total order is what makes the same state write the same bytes
/// whatever order the session held its facts in.
/// </summary>
public sealed class CheckpointFactOrderTests
{
    [Theory]
    [InlineData("roster", "", "status", "")]
    [InlineData("roster", "alice", "roster", "bob")]
    [InlineData("roster", "incidentCommander alice", "roster", "incidentCommander bob")]
    [InlineData("classification", "", "classification", "classified")]
    [InlineData("roster", "incidentCommander alice", "roster", "incidentCommander alice technicalLead carol")]
    public void The_first_fact_is_written_before_the_second(string firstKind, string firstValues, string secondKind, string secondValues)
    {
        var first = Fact(firstKind, firstValues);
        var second = Fact(secondKind, secondValues);

        Assert.True(CheckpointFact.Compare(first, second) < 0);
        Assert.True(CheckpointFact.Compare(second, first) > 0);
    }

    [Fact]
    public void Facts_of_one_kind_with_the_same_values_are_equal_in_the_order()
    {
        Assert.Equal(0, CheckpointFact.Compare(Fact("roster", "incidentCommander alice"), Fact("roster", "incidentCommander alice")));
    }

    private static CheckpointFact Fact(string kind, string values) =>
        new(kind, values.Length == 0 ? [] : [.. values.Split(' ')]);
}

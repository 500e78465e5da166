using System.Linq;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Validation;

/// <summary>A refusal's message is the same bytes on every machine, and its parts are there without reading the message.</summary>
public sealed class InvalidInputExceptionTests
{
    private static readonly ValidationProblem[] TwoProblems =
    [
        new(ProblemLocation.Level("P2").Field(InputField.EscalateAfter), "must be a positive duration, got \"-PT1H\""),
        new(ProblemLocation.RuleOverride("IRP0000"), "unknown rule \"IRP0000\""),
    ];

    [Fact]
    public void Several_problems_are_listed_one_per_line_with_LF_line_ends()
    {
        var error = new InvalidPolicyException(TwoProblems, "acme-policy.json");

        Assert.Equal(
            "acme-policy.json: The policy has 2 problems:\n  $.severities.P2.escalateAfter: must be a positive duration, got \"-PT1H\"\n  $.rules.IRP0000: unknown rule \"IRP0000\"",
            error.Message);
    }

    [Fact]
    public void The_summary_is_the_first_line_without_the_problems()
    {
        Assert.Equal("acme-policy.json: The policy has 2 problems", new InvalidPolicyException(TwoProblems, "acme-policy.json").Summary);
        Assert.Equal("Incident record 'INC-1' is invalid", new InvalidIncidentException("INC-1", TwoProblems.Take(1)).Summary);
    }

    [Fact]
    public void A_checkpoint_refusal_says_it_is_the_evaluation_checkpoint()
    {
        Assert.Equal(
            "checkpoint.json: The evaluation checkpoint is invalid: $.severities.P2.escalateAfter: must be a positive duration, got \"-PT1H\"",
            new InvalidCheckpointException(TwoProblems.Take(1), "checkpoint.json").Message);
    }

    [Fact]
    public void An_empty_source_name_is_no_source_name()
    {
        var error = new InvalidPolicyException(TwoProblems, string.Empty);

        Assert.Null(error.SourceName);
        Assert.Equal("The policy has 2 problems", error.Summary);
    }
}

using System;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Policy.Checks;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Policy.Checks;

/// <summary>IRP9003: every level is one the rules can put an incident at, not only a person.</summary>
public sealed class UnreachableLevelCheckTests
{
    private static readonly SeverityLevelPolicy Backlog = new(
        new SeverityLevel("P4", 4), "Backlog", PolicyDuration.NextBusinessDay, Duration.FromDays(7), notify: ["assignedEngineer"]);

    [Fact]
    public void A_level_no_cell_and_no_escalation_names_is_reported_as_information()
    {
        var policy = ResponsePolicy.Default.WithAddedLevel(Backlog);

        var diagnostic = Assert.Single(PolicyAnalyzer.Analyze(policy));

        Assert.Equal(("IRP9003", DiagnosticSeverity.Info, "$.severities.P4"), (diagnostic.Id, diagnostic.Severity, diagnostic.Path));
        Assert.Equal(
            "No rule puts an incident at P4: no classification cell names it, no level escalates to it, and a security breach or data corruption gives P0; "
            + "only a person can assign P4, so its response time, update cadence and recipients apply only after a manual assignment",
            diagnostic.Message);
    }

    [Fact]
    public void A_level_named_by_a_classification_cell_is_not_reported()
    {
        var policy = ResponsePolicy.Default.WithAddedLevel(Backlog).WithCell(ImpactScope.Cosmetic, UsersAffected.Internal, "P4");

        Assert.Empty(PolicyAnalyzer.Analyze(policy));
    }

    [Fact]
    public void A_level_reached_only_by_escalation_is_not_reported()
    {
        // Over-classify: every P1 cell becomes P0, so only P2's escalation reaches P1.
        var policy = ResponsePolicy.Default.WithCellsMoved("P1", "P0");

        Assert.DoesNotContain(policy.Classification.Cells, c => c.Value == "P1");
        Assert.Empty(PolicyAnalyzer.Analyze(policy));
    }

    [Fact]
    public void With_escalation_off_a_level_reached_only_by_escalation_is_reported_and_the_message_says_why()
    {
        var policy = ResponsePolicy.Default.WithCellsMoved("P1", "P0").WithRule("IRP3001", RuleSeverity.None);

        var diagnostic = Assert.Single(PolicyAnalyzer.Analyze(policy));

        Assert.Equal("$.severities.P1", diagnostic.Path);
        Assert.StartsWith(
            "No rule puts an incident at P1: no classification cell names it, the escalation to it from P2 is off (IRP3001 is none), and",
            diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_escalations_to_the_level_are_all_named()
    {
        var policy = ResponsePolicy.Default
            .WithCellsMoved("P1", "P0")
            .WithLevel("P3", l => l with { Escalation = new EscalationStep(Duration.FromDays(2), "P1") })
            .WithRule("IRP3001", RuleSeverity.None);

        Assert.Contains(
            "the escalations to it from P2, P3 are off (IRP3001 is none)",
            Assert.Single(PolicyAnalyzer.Analyze(policy), d => d.Id == "IRP9003").Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_most_severe_level_is_never_reported_because_data_corruption_reaches_it()
    {
        var policy = ResponsePolicy.Default.WithCellsMoved("P0", "P1").WithRule("IRP1002", RuleSeverity.None);

        Assert.DoesNotContain(policy.Classification.Cells, c => c.Value == "P0");
        Assert.Empty(PolicyAnalyzer.Analyze(policy));
    }
}

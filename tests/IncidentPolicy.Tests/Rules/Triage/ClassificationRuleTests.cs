using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using Xunit;
using static IncidentPolicy.Model.ImpactScope;
using static IncidentPolicy.Model.UsersAffected;

namespace IncidentPolicy.Tests.Rules.Triage;

/// <summary>IRP1001: triage classifies the severity from the impact assessment.</summary>
public sealed class ClassificationRuleTests
{
    [Theory]
    [InlineData(All, Outage, "P0")]
    [InlineData(Most, Outage, "P1")]
    [InlineData(Subset, Outage, "P1")]
    [InlineData(Internal, Outage, "P2")]
    [InlineData(All, CoreSeverelyImpaired, "P1")]
    [InlineData(Most, CoreSeverelyImpaired, "P1")]
    [InlineData(Subset, CoreSeverelyImpaired, "P2")]
    [InlineData(Internal, CoreSeverelyImpaired, "P3")]
    [InlineData(All, CoreDegraded, "P1")]
    [InlineData(Most, CoreDegraded, "P2")]
    [InlineData(Subset, CoreDegraded, "P2")]
    [InlineData(Internal, CoreDegraded, "P3")]
    [InlineData(All, NonCore, "P2")]
    [InlineData(Most, NonCore, "P2")]
    [InlineData(Subset, NonCore, "P2")]
    [InlineData(Internal, NonCore, "P3")]
    [InlineData(All, Cosmetic, "P3")]
    [InlineData(Most, Cosmetic, "P3")]
    [InlineData(Subset, Cosmetic, "P3")]
    [InlineData(Internal, Cosmetic, "P3")]
    public void The_default_matrix_classifies_each_cell_at_detection(UsersAffected users, ImpactScope scope, string expected)
    {
        var result = Incidents.Record("10:00", Incidents.Impact(users, scope)).Evaluate("10:00");

        var entry = Assert.Single(result.SeverityHistory);
        Assert.Equal(expected, entry.Severity.Name);
        Assert.Equal("IRP1001", entry.RuleId);
        Assert.Equal(T.Of("10:00"), entry.Since);
    }

    [Fact]
    public void The_reason_says_who_is_affected_and_what_is_broken()
    {
        var result = Incidents.Record("10:00", Incidents.Impact(Most, CoreSeverelyImpaired)).Evaluate("10:00");

        Assert.Equal("most users, core functionality severely impaired", result.SeverityHistory[0].Reason);
    }

    [Fact]
    public void The_default_matrix_is_monotone_more_impact_never_gives_a_less_severe_level()
    {
        var policy = ResponsePolicy.Default;
        int Rank(ImpactScope s, UsersAffected u) => policy[policy.Classification[s, u]].Level.Rank;
        var scopes = ClassificationMatrix.Scopes;
        var users = ClassificationMatrix.Users;

        for (var s = 0; s < scopes.Length; s++)
        {
            for (var u = 0; u < users.Length; u++)
            {
                // The scopes and users are listed most severe first: a step towards index 0 is more impact.
                if (s > 0)
                {
                    Assert.True(Rank(scopes[s - 1], users[u]) <= Rank(scopes[s], users[u]), $"{scopes[s - 1]}/{users[u]} vs {scopes[s]}/{users[u]}");
                }

                if (u > 0)
                {
                    Assert.True(Rank(scopes[s], users[u - 1]) <= Rank(scopes[s], users[u]), $"{scopes[s]}/{users[u - 1]} vs {scopes[s]}/{users[u]}");
                }
            }
        }
    }

    [Fact]
    public void Data_corruption_is_classified_as_the_most_severe_level()
    {
        var result = Incidents.Record("10:00", Incidents.Impact(Internal, Cosmetic, dataCorruption: true)).Evaluate("10:00");

        var entry = Assert.Single(result.SeverityHistory);
        Assert.Equal(("P0", "IRP1001", "data corruption"), (entry.Severity.Name, entry.RuleId, entry.Reason));
    }

    [Fact]
    public void Data_corruption_may_be_downgraded_by_a_person()
    {
        var result = Incidents.Record(
            "10:00",
            Incidents.Impact(Internal, Cosmetic, dataCorruption: true),
            new SeverityAssigned(T.Of("10:10"), "P2", "alice", "corruption confined to one test tenant")).Evaluate("10:10");

        Assert.Equal("P2", result.Severity.Name);
        Assert.Equal("P0", result.PeakSeverity.Name);
        Assert.Equal(("manual", "corruption confined to one test tenant"), (result.SeverityHistory[1].RuleId, result.SeverityHistory[1].Reason));
    }

    [Theory]
    [InlineData(UsersAffected.Unknown, Cosmetic, "P3")]
    [InlineData(Internal, ImpactScope.Unknown, "P2")]
    [InlineData(UsersAffected.Unknown, ImpactScope.Unknown, "P0")]
    public void An_unknown_answer_is_classified_as_its_most_severe_value(UsersAffected users, ImpactScope scope, string expected)
    {
        var result = Incidents.Record("10:00", Incidents.Impact(users, scope)).Evaluate("10:00");

        Assert.Equal(expected, result.Severity.Name);
    }

    [Fact]
    public void A_record_without_impact_is_all_unknown_and_so_P0()
    {
        var result = new IncidentRecord("INC-9", "Something is wrong", T.Of("10:00")).Evaluate("10:00");

        Assert.Equal("P0", result.Severity.Name);
        Assert.Equal("all users, complete outage", result.SeverityHistory[0].Reason);
    }

    [Fact]
    public void A_reassessment_that_classifies_more_severe_raises_the_severity_at_its_instant()
    {
        var result = Incidents.Record(
            "10:00",
            Incidents.P2Impact,
            new ImpactReassessed(T.Of("10:30"), new ImpactUpdate(UsersAffected: All, Scope: Outage))).Evaluate("10:30");

        Assert.Equal(["P2", "P0"], result.SeverityHistory.Select(h => h.Severity.Name));
        Assert.Equal(("IRP1001", T.Of("10:30"), "all users, complete outage"), (result.SeverityHistory[1].RuleId, result.SeverityHistory[1].Since, result.SeverityHistory[1].Reason));
    }

    [Fact]
    public void A_reassessment_never_lowers_the_severity()
    {
        var result = Incidents.Record(
            "10:00",
            Incidents.P1Impact,
            new ImpactReassessed(T.Of("10:30"), new ImpactUpdate(UsersAffected: Internal, Scope: Cosmetic))).Evaluate("11:00");

        Assert.Equal("P1", result.Severity.Name);
        Assert.Single(result.SeverityHistory);
    }

    [Fact]
    public void A_reassessment_keeps_the_fields_it_leaves_out()
    {
        // P2 (subset, non-core); the scope alone becomes an outage: subset + outage is P1, not all + outage (P0).
        var result = Incidents.Record(
            "10:00",
            Incidents.P2Impact,
            new ImpactReassessed(T.Of("10:30"), new ImpactUpdate(Scope: Outage))).Evaluate("10:30");

        Assert.Equal("P1", result.Severity.Name);
        Assert.Equal("subset of users, complete outage", result.SeverityHistory[1].Reason);
    }

    [Fact]
    public void A_reassessment_to_the_level_in_force_is_no_change()
    {
        var result = Incidents.Record(
            "10:00",
            Incidents.P2Impact,
            new ImpactReassessed(T.Of("11:00"), new ImpactUpdate(UsersAffected: Most))).Evaluate("13:00");

        Assert.Single(result.SeverityHistory);
        Assert.Equal(T.Of("14:00"), result.Deadlines.EscalatesAt);
    }
}

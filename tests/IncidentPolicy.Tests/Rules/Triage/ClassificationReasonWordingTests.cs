using IncidentPolicy.Model;
using IncidentPolicy.Tests.Support;
using Xunit;
using static IncidentPolicy.Model.ImpactScope;
using static IncidentPolicy.Model.UsersAffected;

namespace IncidentPolicy.Tests.Rules.Triage;

/// <summary>
/// IRP1001's reason is what a responder reads in the severity history: who is affected and what is
/// broken, in words, for every answer of the assessment.
/// </summary>
public sealed class ClassificationReasonWordingTests
{
    [Theory]
    [InlineData(All, "all users")]
    [InlineData(Most, "most users")]
    [InlineData(Subset, "subset of users")]
    [InlineData(Internal, "internal users only")]
    public void The_reason_names_who_is_affected_in_words(UsersAffected users, string words)
    {
        var result = Incidents.Record("10:00", Incidents.Impact(users, Outage)).Evaluate("10:00");

        Assert.Equal($"{words}, complete outage", result.SeverityHistory[0].Reason);
    }

    [Theory]
    [InlineData(Outage, "complete outage")]
    [InlineData(CoreSeverelyImpaired, "core functionality severely impaired")]
    [InlineData(CoreDegraded, "core functionality degraded")]
    [InlineData(NonCore, "non-core functionality")]
    [InlineData(Cosmetic, "cosmetic issue")]
    public void The_reason_names_what_is_broken_in_words(ImpactScope scope, string words)
    {
        var result = Incidents.Record("10:00", Incidents.Impact(All, scope)).Evaluate("10:00");

        Assert.Equal($"all users, {words}", result.SeverityHistory[0].Reason);
    }

    [Fact]
    public void An_unknown_answer_is_named_as_the_value_it_was_read_as()
    {
        var result = Incidents.Record("10:00", Incidents.Impact(UsersAffected.Unknown, Cosmetic)).Evaluate("10:00");

        Assert.Equal("all users, cosmetic issue", result.SeverityHistory[0].Reason);
    }
}

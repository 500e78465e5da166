using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Policy.Checks;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Policy.Checks;

/// <summary>IRP9001: "Step 3: Assemble the Response Team" — every level calls someone in.</summary>
public sealed class NobodyNotifiedCheckTests
{
    [Fact]
    public void A_level_with_an_empty_notify_list_is_reported_at_its_notify_field()
    {
        var policy = ResponsePolicy.Default.WithLevel("P2", l => l with { Notify = [] });

        var diagnostic = Assert.Single(PolicyAnalyzer.Analyze(policy));

        Assert.Equal(("IRP9001", DiagnosticSeverity.Warning, "$.severities.P2.notify"), (diagnostic.Id, diagnostic.Severity, diagnostic.Path));
        Assert.Equal(
            "P2 notifies nobody (notify is []): an incident detected at P2 calls no one to respond, and one raised to P2 tells no one new",
            diagnostic.Message);
    }

    [Fact]
    public void Each_silent_level_is_reported()
    {
        var policy = ResponsePolicy.Default
            .WithLevel("P0", l => l with { Notify = [] })
            .WithLevel("P3", l => l with { Notify = [] });

        Assert.Equal(
            ["$.severities.P0.notify", "$.severities.P3.notify"],
            PolicyAnalyzer.Analyze(policy).Where(d => d.Id == "IRP9001").Select(d => d.Path));
    }

    [Fact]
    public void A_level_with_one_recipient_is_not_reported()
    {
        var policy = ResponsePolicy.Default.WithLevel("P2", l => l with { Notify = ["onCallEngineer"] });

        Assert.DoesNotContain(PolicyAnalyzer.Analyze(policy), d => d.Id == "IRP9001");
    }

    [Fact]
    public void With_notifications_off_the_lists_are_unused_and_nothing_is_reported()
    {
        var policy = ResponsePolicy.Default
            .WithLevel("P2", l => l with { Notify = [] })
            .WithRule("IRP4001", RuleSeverity.None);

        Assert.Empty(PolicyAnalyzer.Analyze(policy));
    }
}

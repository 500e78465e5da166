using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using IncidentPolicy.Serialization;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Policy.Building;

/// <summary>README.md, "Overriding the policy": the fluent example and the JSON example are the same policy.</summary>
public sealed class ReadmeOverrideTests
{
    [Fact]
    public void The_fluent_and_the_json_override_of_the_readme_give_the_same_policy()
    {
        var policy = ResponsePolicy.CreateBuilder()
            .Level("P2", level => level.EscalateAfter(Duration.FromHours(3)).UpdateCadence(Duration.FromHours(1)))
            .Calendar(calendar => calendar.TimeZone(DateTimeZoneProviders.Tzdb["Europe/London"]))
            .RuleSeverity("IRP4003", RuleSeverity.None)
            .CategorySeverity(RuleCategories.Communication, RuleSeverity.Error)
            .Build();
        var engine = new PolicyEngine(policy);

        var json = PolicyJson.ReadOverride("""
            {
              "severities": { "P2": { "escalateAfter": "PT3H", "updateCadence": "PT1H" } },
              "rules": { "IRP4003": { "severity": "none" } },
              "categories": { "Communication": { "severity": "error" } },
              "businessCalendar": { "timeZone": "Europe/London" }
            }
            """);

        Assert.Equal(json, policy);
        Assert.Equal(Duration.FromHours(3), engine.Policy["P2"].Escalation!.After);
    }
}

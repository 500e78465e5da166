using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using IncidentPolicy.Rules.Facts;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Policy.Building;

/// <summary>The whole text of the problems a builder reports for rules of your own, a level without a rank and the triage matrix.</summary>
public sealed class PolicyProblemMessageTests
{
    private static string[] Problems(ResponsePolicyBuilder builder) =>
        [.. Assert.Throws<InvalidPolicyException>(builder.Build).Problems.Select(p => p.ToString())];

    [Fact]
    public void A_rule_of_your_own_with_the_built_in_prefix_or_registered_twice_is_refused()
    {
        Assert.Equal(
            ["customRules.IRP9999: UsesTheBuiltInPrefixRule uses the ID \"IRP9999\": IRP IDs belong to the built-in rules; give your rules a prefix of your own"],
            Problems(ResponsePolicy.CreateBuilder().AddRule<UsesTheBuiltInPrefixRule>()));
        Assert.Equal(
            ["customRules.TEST0001: the rule ID \"TEST0001\" is registered 2 times (FailsOnBoomRule, FailsOnBoomRule)"],
            Problems(ResponsePolicy.CreateBuilder().AddRule<IncidentPolicy.Tests.Evaluation.FailsOnBoomRule>().AddRule<IncidentPolicy.Tests.Evaluation.FailsOnBoomRule>()));
    }

    [Fact]
    public void A_new_level_needs_a_rank_of_zero_or_more()
    {
        var unranked = Assert.Throws<InvalidPolicyException>(() => PolicyJson.ReadOverride("""{ "severities": { "P5": { "responseTime": "PT1H", "updateCadence": "PT1H" } } }"""));
        Assert.Contains("$.severities.P5.rank: missing: a new level needs a rank (the lower the rank, the more severe the level)", unranked.Problems.Select(p => p.ToString()));

        Assert.Contains(
            "$.severities.P5.rank: must be 0 or more, got -1",
            Problems(ResponsePolicy.CreateBuilder().AddLevel("P5", -1, l => l.ResponseTime(NodaTime.Duration.FromHours(1)).UpdateCadence(NodaTime.Duration.FromHours(1)))));
    }

    [Fact]
    public void A_blank_matrix_cell_names_no_level()
    {
        Assert.Equal(
            ["$.classification.nonCore.subset: expected the name of a severity level, got \" \""],
            Problems(ResponsePolicy.CreateBuilder().Classify(ImpactScope.NonCore, UsersAffected.Subset, " ")));
    }

    /// <summary>A rule of your own that takes an ID of the IRP range.</summary>
    public sealed class UsesTheBuiltInPrefixRule() : CustomPolicyRule(TakesABuiltInId)
    {
        private static readonly RuleDescriptor TakesABuiltInId = new("IRP9999", "Takes a built-in ID", "{0}", "Triage", RuleSeverity.Warning, "https://wiki.example/IRP9999");

        public override void Define()
        {
            IncidentDetected detected = null!;

            When()
                .Match(() => detected);

            Then()
                .Do(ctx => Nothing());
        }

        private static void Nothing()
        {
        }
    }

    [Fact]
    public void A_matrix_cell_set_to_null_names_no_level_and_says_it_got_none()
    {
        Assert.Equal(
            ["$.classification.outage.all: expected the name of a severity level, got none"],
            Problems(ResponsePolicy.CreateBuilder().Classify(ImpactScope.Outage, UsersAffected.All, null!)));
    }
}

using System;
using System.IO;
using System.Linq;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>
/// <c>"extends": "none"</c>: a document that is the whole policy and inherits nothing from the default; what
/// has a natural empty value starts empty, what has none is reported missing, every problem at once.
/// </summary>
public sealed class WholePolicyDocumentTests
{
    /// <summary>Two levels, every matrix cell, one recipient: the least a whole policy needs.</summary>
    private const string Minimal = """
        {
          "extends": "none",
          "severities": {
            "SEV1": { "rank": 1, "responseTime": "PT15M", "updateCadence": "PT30M", "notify": ["onCall"] },
            "SEV2": { "rank": 2, "responseTime": "nextBusinessDay", "updateCadence": "P1D" }
          },
          "classification": {
            "outage": { "all": "SEV1", "most": "SEV1", "subset": "SEV2", "internal": "SEV2" },
            "coreSeverelyImpaired": { "all": "SEV1", "most": "SEV2", "subset": "SEV2", "internal": "SEV2" },
            "coreDegraded": { "all": "SEV2", "most": "SEV2", "subset": "SEV2", "internal": "SEV2" },
            "nonCore": { "all": "SEV2", "most": "SEV2", "subset": "SEV2", "internal": "SEV2" },
            "cosmetic": { "all": "SEV2", "most": "SEV2", "subset": "SEV2", "internal": "SEV2" }
          },
          "recipients": { "onCall": "page" }
        }
        """;

    private static InvalidPolicyException Refused(string json) => Assert.Throws<InvalidPolicyException>(() => PolicyJson.ReadOverride(json));

    [Fact]
    public void A_whole_document_inherits_no_level_recipient_or_rule_setting_of_the_default()
    {
        var policy = PolicyJson.ReadOverride(Minimal);

        Assert.Equal(["SEV1", "SEV2"], policy.Levels.Select(l => l.Name));
        Assert.Equal(["onCall"], policy.RecipientChannels.Keys);
        Assert.Equal(RuleSeverityOverrides.None, policy.RuleSeverities);
    }

    [Fact]
    public void A_whole_document_read_onto_a_base_keeps_none_of_its_yearly_holidays()
    {
        var withChristmas = ResponsePolicy.CreateBuilder().Calendar(c => c.AddYearlyHoliday(12, 25)).Build();

        var policy = PolicyJson.ReadOverride(Minimal, withChristmas);

        Assert.Empty(policy.Calendar.YearlyHolidays);
    }

    [Fact]
    public void A_whole_document_read_onto_a_base_keeps_none_of_its_rule_and_category_severities_or_templates()
    {
        var customised = ResponsePolicy.CreateBuilder()
            .RuleSeverity("IRP4003", RuleSeverity.None)
            .CategorySeverity(RuleCategories.Roles, RuleSeverity.Info)
            .MessageTemplate(MessageKind.InitialAlert, "Declared.")
            .Build();

        var policy = PolicyJson.ReadOverride(Minimal, customised);

        Assert.Equal((RuleSeverityOverrides.None, CommunicationSettings.Default), (policy.RuleSeverities, policy.Communications));
    }

    [Fact]
    public void Settings_with_a_natural_empty_value_default_to_it_and_the_calendar_is_the_default_policys()
    {
        var sev1 = PolicyJson.ReadOverride(Minimal)["SEV1"];

        Assert.Equal(
            (null, 0, (Duration?)null, (Duration?)null, string.Empty),
            (sev1.Escalation, sev1.RequiredRoles.Length, sev1.VerificationWindow, sev1.ReviewWithin, sev1.Title));
        Assert.Equal(ResponsePolicy.Default.Calendar, PolicyJson.ReadOverride(Minimal).Calendar);
    }

    [Fact]
    public void A_security_breach_or_data_corruption_puts_an_incident_at_the_most_severe_level_whatever_its_rank()
    {
        var engine = new PolicyEngine(PolicyJson.ReadOverride(Minimal));

        var breach = engine.Evaluate(Incidents.Record("14:00", Incidents.Impact(UsersAffected.Internal, ImpactScope.Cosmetic, securityBreach: true)), T.Of("14:05"));
        var corruption = engine.Evaluate(Incidents.Record("14:00", Incidents.Impact(UsersAffected.Internal, ImpactScope.Cosmetic, dataCorruption: true)), T.Of("14:05"));

        Assert.Equal(("SEV1", "SEV1"), (breach.Severity.Name, corruption.Severity.Name));
    }

    [Fact]
    public void Extends_is_read_first_wherever_it_stands_in_the_document()
    {
        var last = Minimal.Replace("\"extends\": \"none\",", string.Empty, StringComparison.Ordinal).TrimEnd().TrimEnd('}') + ", \"extends\": \"none\" }";

        Assert.Equal(PolicyJson.ReadOverride(Minimal), PolicyJson.ReadOverride(last));
    }

    [Fact]
    public void Extends_default_or_no_extends_changes_the_default_policy()
    {
        var policy = PolicyJson.ReadOverride("""{ "extends": "default", "severities": { "P2": { "escalateAfter": "PT3H" } } }""");

        Assert.Equal(ResponsePolicy.CreateBuilder().Level("P2", l => l.EscalateAfter(Duration.FromHours(3))).Build(), policy);
    }

    [Fact]
    public void Another_value_of_extends_is_a_problem_at_its_path()
    {
        var problem = Assert.Single(Refused("""{ "extends": "base" }""").Problems);

        Assert.Equal(
            "$.extends: expected \"default\" (the document changes the default policy) or \"none\" (the document is the whole policy), got the string \"base\"",
            problem.ToString());
    }

    [Fact]
    public void An_empty_whole_document_lists_everything_that_has_no_natural_value_at_once()
    {
        var problems = Refused("""{ "extends": "none" }""").Problems;

        Assert.Contains(problems, p => p.ToString() == "$.severities: missing: a policy needs at least one severity level");
        Assert.Equal(20, problems.Count(p => p.Path.StartsWith("$.classification.", StringComparison.Ordinal) && p.Message.StartsWith("missing", StringComparison.Ordinal)));
        Assert.Equal(21, problems.Length);
    }

    [Fact]
    public void A_level_without_rank_response_time_or_cadence_and_a_recipient_without_channel_are_each_a_problem_with_its_path()
    {
        var json = Minimal
            .Replace("\"rank\": 2, \"responseTime\": \"nextBusinessDay\", \"updateCadence\": \"P1D\"", "\"notify\": [\"teamLead\"]", StringComparison.Ordinal);

        var problems = Refused(json).Problems.Select(p => p.Path).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(
            ["$.severities.SEV2.notify[0]", "$.severities.SEV2.rank", "$.severities.SEV2.responseTime", "$.severities.SEV2.updateCadence"],
            problems);
    }

    [Fact]
    public void A_whole_document_read_by_the_builder_and_by_the_override_reader_is_the_same_policy()
    {
        Assert.Equal(PolicyJson.Read(Minimal), PolicyJson.ReadOverride(Minimal));
    }

    [Fact]
    public void The_same_whole_policy_in_code_starts_from_an_empty_builder()
    {
        var policy = ResponsePolicyBuilder.CreateEmpty()
            .AddLevel("SEV1", 1, l => l.ResponseTime(PolicyDuration.Within(Duration.FromMinutes(15))).UpdateCadence(Duration.FromMinutes(30)).Notify("onCall"))
            .AddLevel("SEV2", 2, l => l.ResponseTime(PolicyDuration.NextBusinessDay).UpdateCadence(Duration.FromDays(1)))
            .Recipient("onCall", NotificationChannel.Page)
            .ClassifyAll("SEV2")
            .Classify(ImpactScope.Outage, UsersAffected.All, "SEV1")
            .Classify(ImpactScope.Outage, UsersAffected.Most, "SEV1")
            .Classify(ImpactScope.CoreSeverelyImpaired, UsersAffected.All, "SEV1")
            .Build();

        Assert.Equal(PolicyJson.ReadOverride(Minimal), policy);
    }

    [Fact]
    public void Rules_of_your_own_registered_in_code_stay_when_a_document_replaces_the_policy()
    {
        var policy = ResponsePolicy.CreateBuilder()
            .AddRule<IncidentPolicy.Tests.Rules.Custom.TitleRequiredRule>()
            .ApplyJson(Minimal.Replace("\"recipients\"", "\"rules\": { \"ACME1001\": { \"severity\": \"error\" } }, \"recipients\"", StringComparison.Ordinal))
            .Build();

        Assert.Equal(["ACME1001"], policy.CustomRules.Select(r => r.Descriptor.Id));
        Assert.Equal(["SEV1", "SEV2"], policy.Levels.Select(l => l.Name));
    }

    [Fact]
    public void Null_removes_a_recipient()
    {
        var policy = PolicyJson.ReadOverride("""{ "severities": { "P2": { "notify": ["onCallEngineer"] } }, "recipients": { "teamLead": null } }""");

        Assert.DoesNotContain("teamLead", policy.RecipientChannels.Keys);
    }

    [Fact]
    public void A_level_that_still_notifies_a_removed_recipient_is_a_problem_at_its_notify_entry()
    {
        var problem = Assert.Single(Refused("""{ "recipients": { "teamLead": null } }""").Problems);

        Assert.Equal("$.severities.P2.notify[1]", problem.Path);
        Assert.StartsWith("unknown recipient \"teamLead\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_a_recipient_in_code_is_the_same_as_null_in_a_document()
    {
        var code = ResponsePolicy.CreateBuilder().Level("P2", l => l.Notify("onCallEngineer")).RemoveRecipient("teamLead").Build();

        Assert.Equal(PolicyJson.ReadOverride("""{ "severities": { "P2": { "notify": ["onCallEngineer"] } }, "recipients": { "teamLead": null } }"""), code);
    }

    [Fact]
    public void A_misspelt_key_is_one_problem_with_the_name_it_meant_not_also_that_name_missing()
    {
        var json = Minimal.Replace("\"rank\": 2, \"responseTime\"", "\"rank\": 2, \"responseTme\"", StringComparison.Ordinal);

        var problem = Assert.Single(Refused(json).Problems);

        Assert.Equal("$.severities.SEV2.responseTme: unknown property \"responseTme\"; did you mean \"responseTime\"?", problem.ToString());
    }

    [Fact]
    public void A_misspelt_scope_or_users_value_is_one_problem_not_its_cells_missing()
    {
        var json = Minimal
            .Replace("\"coreDegraded\":", "\"coreDegarded\":", StringComparison.Ordinal)
            .Replace("\"nonCore\": { \"all\"", "\"nonCore\": { \"al\"", StringComparison.Ordinal);

        var problems = Refused(json).Problems.Select(p => p.ToString());

        Assert.Equal(
            [
                "$.classification.coreDegarded: unknown scope \"coreDegarded\"; did you mean \"coreDegraded\"?",
                "$.classification.nonCore.al: unknown users value \"al\"; did you mean \"all\"?",
            ],
            problems);
    }

    [Fact]
    public void A_misspelt_top_level_key_is_one_problem_not_every_level_missing()
    {
        var json = Minimal.Replace("\"severities\"", "\"severites\"", StringComparison.Ordinal);

        var problems = Refused(json).Problems.Select(p => p.ToString()).ToList();

        Assert.Contains("$.severites: unknown property \"severites\"; did you mean \"severities\"?", problems);
        Assert.DoesNotContain(problems, p => p.StartsWith("$.severities:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_far_from_every_known_name_lists_the_known_names()
    {
        var problem = Assert.Single(Refused("""{ "severities": { "P2": { "pagerDuty": true } } }""").Problems);

        Assert.StartsWith("unknown property \"pagerDuty\"; expected rank, title, responseTime", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_written_policy_starts_with_extends_none_so_it_reads_back_equal_as_an_override_too()
    {
        var replaced = PolicyJson.Read(File.ReadAllText(Repository.PathOf("samples", "policies", "sev1-sev3.json")));

        var json = PolicyJson.Write(replaced);

        Assert.StartsWith("{\n  \"extends\": \"none\",\n  \"severities\": {", json, StringComparison.Ordinal);
        Assert.Equal(replaced, PolicyJson.ReadOverride(json));
    }
}

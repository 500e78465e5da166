using System;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Policy.Building;

/// <summary>The fluent API: shape the policy in code without forking it; Build validates everything at once.</summary>
public sealed class ResponsePolicyBuilderTests
{
    private static InvalidPolicyException Refused(ResponsePolicyBuilder builder) => Assert.Throws<InvalidPolicyException>(builder.Build);

    [Fact]
    public void An_unchanged_builder_builds_the_policy_it_started_from()
    {
        Assert.Equal(ResponsePolicy.Default, ResponsePolicy.CreateBuilder().Build());
    }

    [Fact]
    public void Changing_P2s_escalation_delay_changes_when_a_P2_escalates()
    {
        var policy = ResponsePolicy.CreateBuilder().Level("P2", p2 => p2.EscalateAfter(Duration.FromHours(3))).Build();

        var result = new PolicyEngine(policy).Evaluate(Incidents.Record("10:00", Incidents.P2Impact), T.Of("13:00"));

        Assert.Equal(("P1", T.Of("13:00"), "P2 unresolved for 3h"), (result.Severity.Name, result.SeverityHistory[1].Since, result.SeverityHistory[1].Reason));
    }

    [Fact]
    public void A_new_level_P4_can_be_added_and_assigned()
    {
        var policy = ResponsePolicy.CreateBuilder()
            .Recipient("productOwner", NotificationChannel.Email)
            .AddLevel("P4", 4, p4 => p4.Title("Informational").ResponseTime(PolicyDuration.NextBusinessDay).UpdateCadence(Duration.FromDays(7)).Notify("productOwner"))
            .Build();

        var result = new PolicyEngine(policy).Evaluate(Incidents.Record("10:00", Incidents.P3Impact, new SeverityAssigned(T.Of("10:05"), "P4")), T.Of("10:05"));

        Assert.Equal(["P0", "P1", "P2", "P3", "P4"], policy.Levels.Select(l => l.Level.Name));
        Assert.Equal("P4", result.Severity.Name);
        Assert.Equal(NotificationChannel.Email, result.Notifications.Single(n => n.Recipient == "productOwner").Channel);
    }

    [Fact]
    public void Renaming_a_recipient_renames_it_in_every_level_and_keeps_its_channel()
    {
        var policy = ResponsePolicy.CreateBuilder().RenameRecipient("onCallEngineer", "searchOnCall").Build();

        Assert.All(policy.Levels.Take(3), l => Assert.Equal("searchOnCall", l.Notify[0]));
        Assert.Equal(NotificationChannel.Page, policy.RecipientChannels["searchOnCall"]);
        Assert.False(policy.RecipientChannels.ContainsKey("onCallEngineer"));
    }

    [Fact]
    public void The_business_calendar_and_holidays_decide_next_business_day_deadlines()
    {
        var policy = ResponsePolicy.CreateBuilder()
            .Calendar(c => c.TimeZone(DateTimeZoneProviders.Tzdb["Europe/London"]).AddHolidays(new LocalDate(2024, 3, 18)))
            .Build();

        var result = new PolicyEngine(policy).Evaluate(Incidents.Record("10:00", Incidents.P3Impact), T.Of("10:00"));

        Assert.Equal(T.Of("2024-03-19T17:00"), result.Deadlines.ResponseBy); // Monday the 18th is a holiday; 17:00 GMT
    }

    [Fact]
    public void Rule_severities_follow_rule_over_category_over_all()
    {
        var policy = ResponsePolicy.CreateBuilder()
            .AllRulesSeverity(RuleSeverity.Error)
            .CategorySeverity(RuleCategories.Roles, RuleSeverity.Info)
            .RuleSeverity("IRP4003", RuleSeverity.None)
            .Build();

        Assert.Equal(RuleSeverity.Error, policy.RuleSeverities.EffectiveSeverity(BuiltInRules.Get("IRP5001")));
        Assert.Equal(RuleSeverity.Info, policy.RuleSeverities.EffectiveSeverity(BuiltInRules.Get("IRP4002")));
        Assert.Equal(RuleSeverity.None, policy.RuleSeverities.EffectiveSeverity(BuiltInRules.Get("IRP4003")));
    }

    [Fact]
    public void A_built_policy_does_not_change_when_the_builder_does()
    {
        var builder = ResponsePolicy.CreateBuilder();
        var first = builder.Build();

        builder.Level("P2", p2 => p2.UpdateCadence(Duration.FromHours(1)));

        Assert.Equal(Duration.FromHours(2), first["P2"].UpdateCadence);
        Assert.Equal(Duration.FromHours(1), builder.Build()["P2"].UpdateCadence);
    }

    [Fact]
    public void Changing_a_level_that_does_not_exist_is_refused_at_once()
    {
        var error = Assert.Throws<ArgumentException>(() => ResponsePolicy.CreateBuilder().Level("P9", _ => { }));

        Assert.Contains("its levels are P0, P1, P2, P3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_builder_lists_what_a_policy_needs()
    {
        var error = Refused(ResponsePolicyBuilder.CreateEmpty());

        Assert.Contains(error.Problems, p => p.Path == "$.severities");
        Assert.Equal(20, error.Problems.Count(p => p.Path.StartsWith("$.classification.", StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_problem_is_reported_with_its_path_in_one_exception()
    {
        var builder = ResponsePolicy.CreateBuilder()
            .Level("P2", p2 => p2.EscalateAfter(Duration.FromHours(-1)))
            .Level("P1", p1 => p1.EscalateTo("P2"))
            .Level("P0", p0 => p0.Notify("nobodyKnown"))
            .Calendar(c => c.WorkingHours(new LocalTime(17, 0), new LocalTime(9, 0)))
            .RuleSeverity("IRP0000", RuleSeverity.Error)
            .AddLevel("P5", 5, p5 => { });

        var error = Refused(builder);

        Assert.Equal(
            [
                "$.businessCalendar.workingHours",
                "$.rules.IRP0000",
                "$.severities.P0.notify[0]",
                "$.severities.P1.escalateTo",
                "$.severities.P2.escalateAfter",
                "$.severities.P5.responseTime",
                "$.severities.P5.updateCadence",
            ],
            error.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.Contains("$.severities.P2.escalateAfter: must be a positive duration, got \"-PT1H\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.severities.P1.escalateTo: must name a level more severe than P1 (escalation only rises, so the chain ends), got \"P2\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Zero_durations_and_empty_working_hours_are_refused_with_the_document_and_checklist_settings_in_the_same_exception()
    {
        var builder = ResponsePolicy.CreateBuilder()
            .Level("P2", p2 => p2.EscalateAfter(Duration.Zero).UpdateCadence(Duration.Zero).CustomerUpdateCadence(Duration.Zero))
            .Calendar(c => c.WorkingHours(new LocalTime(9, 0), new LocalTime(9, 0)))
            .Documents(d => d with { RunbookMaxAge = Duration.Zero })
            .RequiresChannel("P9")
            .TriageWithin(Duration.Zero);

        var error = Refused(builder);

        Assert.Equal(
            [
                "$.businessCalendar.workingHours",
                "$.checklist.requiresChannel[0]",
                "$.checklist.triageWithin",
                "$.documents.runbookMaxAge",
                "$.severities.P2.customerUpdateCadence",
                "$.severities.P2.escalateAfter",
                "$.severities.P2.updateCadence",
            ],
            error.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Blank_runbook_section_names_and_path_patterns_are_refused_each_at_its_place()
    {
        var error = Refused(ResponsePolicy.CreateBuilder().Documents(d => d with { Runbook = d.Runbook with { Sections = ["When to Use", " ", "Steps", "Escalation"], Paths = ["runbooks/*.md", ""] } }));

        Assert.Equal(
            ["$.documents.runbook.sections[1]: a section name must not be blank", "$.documents.runbook.paths[1]: a path pattern must not be blank"],
            error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_policy_rebuilt_from_itself_keeps_its_rules_of_your_own()
    {
        var policy = ResponsePolicy.CreateBuilder().AddRule<IncidentPolicy.Tests.Evaluation.FailsOnBoomRule>().Build();

        var rebuilt = policy.ToBuilder().Build();

        Assert.Equal("TEST0001", Assert.Single(rebuilt.CustomRules).Descriptor.Id);
        Assert.Equal(policy, rebuilt);
    }

    [Fact]
    public void A_cell_for_an_unknown_or_undefined_answer_is_refused_at_once_since_the_matrix_has_none()
    {
        var b = ResponsePolicy.CreateBuilder();

        Assert.Equal("scope", Assert.Throws<ArgumentOutOfRangeException>(() => b.Classify(ImpactScope.Unknown, UsersAffected.All, "P1")).ParamName);
        Assert.Equal("scope", Assert.Throws<ArgumentOutOfRangeException>(() => b.Classify((ImpactScope)42, UsersAffected.All, "P1")).ParamName);
        var users = Assert.Throws<ArgumentOutOfRangeException>(() => b.Classify(ImpactScope.Outage, UsersAffected.Unknown, "P1"));
        Assert.Equal("users", users.ParamName);
        Assert.StartsWith("the classification matrix has no cell for it", users.Message, StringComparison.Ordinal);
        Assert.Equal(ResponsePolicy.Default, b.Build());
    }

    [Fact]
    public void The_builders_refuse_a_missing_or_blank_argument_naming_it()
    {
        var b = ResponsePolicy.CreateBuilder();

        Assert.Equal("name", Assert.Throws<ArgumentException>(() => b.Level(" ", _ => { })).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => b.Level("P2", null!)).ParamName);
        Assert.Equal("name", Assert.Throws<ArgumentException>(() => b.AddLevel(" ", 5, _ => { })).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => b.AddLevel("P5", 5, null!)).ParamName);
        Assert.Equal("recipient", Assert.Throws<ArgumentNullException>(() => b.RemoveRecipient(null!)).ParamName);
        Assert.Equal("recipient", Assert.Throws<ArgumentException>(() => b.Recipient(" ", NotificationChannel.Page)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentException>(() => b.RenameRecipient("teamLead", " ")).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => b.Calendar(null!)).ParamName);
        Assert.Equal("ruleId", Assert.Throws<ArgumentException>(() => b.RuleSeverity(" ", RuleSeverity.Error)).ParamName);
        Assert.Equal("within", Assert.Throws<ArgumentNullException>(() => b.TriageWithin(null!)).ParamName);
        Assert.Equal("levels", Assert.Throws<ArgumentNullException>(() => b.RequiresChannel(null!)).ParamName);
        Assert.Equal("configure", Assert.Throws<ArgumentNullException>(() => b.Advisor(null!)).ParamName);
        Assert.Equal("change", Assert.Throws<ArgumentNullException>(() => b.Documents(null!)).ParamName);
        Assert.Equal("cadence", Assert.Throws<ArgumentNullException>(() => b.Level("P2", l => l.UpdateCadence((CadenceSchedule)null!))).ParamName);
        Assert.Equal("phases", Assert.Throws<ArgumentNullException>(() => b.Level("P2", l => l.UpdateCadence((Func<CadenceScheduleBuilder, CadenceScheduleBuilder>)null!))).ParamName);
    }

    [Fact]
    public void No_recipients_roles_or_days_given_as_null_are_none()
    {
        var policy = ResponsePolicy.CreateBuilder()
            .Level("P3", l => l.Notify(null!).RequiredRoles(null!))
            .Calendar(c => c.Holidays(null!).AddHolidays(null!).YearlyHolidays(null!))
            .Build();

        Assert.Empty(policy["P3"].Notify);
        Assert.Empty(policy["P3"].RequiredRoles);
        Assert.Empty(policy.Calendar.Holidays);
        Assert.Equal("$.businessCalendar.workingDays", Assert.Single(Refused(ResponsePolicy.CreateBuilder().Calendar(c => c.WorkingDays(null!))).Problems).Path);
    }

    [Fact]
    public void A_category_severity_needs_a_category()
    {
        Assert.Equal("category", Assert.Throws<ArgumentException>(() => ResponsePolicy.CreateBuilder().CategorySeverity(" ", RuleSeverity.Error)).ParamName);
    }

    [Fact]
    public void Escalating_to_an_unknown_level_names_the_known_levels()
    {
        var error = Refused(ResponsePolicy.CreateBuilder().Level("P2", p2 => p2.EscalateTo("P7")));

        Assert.Equal("$.severities.P2.escalateTo: unknown level \"P7\"; expected P0, P1, P2 or P3", Assert.Single(error.Problems).ToString());
    }

    [Fact]
    public void A_not_configurable_rule_cannot_be_overridden()
    {
        var error = Refused(ResponsePolicy.CreateBuilder().RuleSeverity("IRP1001", RuleSeverity.None));

        Assert.Equal("$.rules.IRP1001.severity", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void Asking_a_policy_for_an_unknown_level_names_the_known_levels()
    {
        var error = Assert.Throws<System.Collections.Generic.KeyNotFoundException>(() => ResponsePolicy.Default["P9"]);

        Assert.Equal("The policy has no level 'P9'; its levels are P0, P1, P2, P3.", error.Message);
    }

    [Fact]
    public void Adding_a_level_that_exists_is_refused_at_once_pointing_to_Level()
    {
        var error = Assert.Throws<ArgumentException>(() => ResponsePolicy.CreateBuilder().AddLevel("P2", 2, _ => { }));

        Assert.Equal("name", error.ParamName);
        Assert.StartsWith("The policy already has a level 'P2'; use Level to change it.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Renaming_an_unknown_recipient_is_refused_listing_the_recipients_in_order()
    {
        var error = Assert.Throws<ArgumentException>(() => ResponsePolicy.CreateBuilder().RenameRecipient("nobody", "someone"));

        Assert.Equal("from", error.ParamName);
        Assert.StartsWith(
            "There is no recipient 'nobody'; the recipients are assignedEngineer, communications, customerSupportLead, engineeringManager, onCallEngineer, teamLead, vpEngineering.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Renaming_a_recipient_leaves_the_other_recipients_of_a_level_as_they_were()
    {
        var policy = ResponsePolicy.CreateBuilder().RenameRecipient("teamLead", "searchLead").Build();

        Assert.Equal(["onCallEngineer", "searchLead"], policy["P2"].Notify.ToArray());
    }

    [Fact]
    public void A_document_settings_change_that_returns_nothing_is_refused_at_once()
    {
        var error = Assert.Throws<ArgumentException>(() => ResponsePolicy.CreateBuilder().Documents(_ => null!));

        Assert.Equal("change", error.ParamName);
        Assert.StartsWith("The change returned no settings.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_steps_section_name_is_refused_at_its_place()
    {
        var error = Refused(ResponsePolicy.CreateBuilder().Documents(d => d with { Runbook = d.Runbook with { StepsSection = " " } }));

        Assert.Contains("$.documents.runbook.stepsSection: the steps section's name must not be blank", error.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_template_set_and_then_removed_leaves_the_default_template()
    {
        var policy = ResponsePolicy.CreateBuilder()
            .MessageTemplate(IncidentPolicy.Communications.MessageKind.InitialAlert, "Declared.")
            .MessageTemplate(IncidentPolicy.Communications.MessageKind.InitialAlert, null)
            .Build();

        Assert.Equal(ResponsePolicy.Default, policy);
    }

    [Fact]
    public void Escalating_after_a_delay_to_a_level_sets_both_of_the_level_s_escalation()
    {
        var policy = ResponsePolicy.CreateBuilder().Level("P3", p3 => p3.EscalateAfter(Duration.FromDays(1), "P2")).Build();

        Assert.Equal(new EscalationStep(Duration.FromDays(1), "P2"), policy["P3"].Escalation);
    }

    [Fact]
    public void A_customer_cadence_written_in_phases_keeps_its_phases()
    {
        var policy = ResponsePolicy.CreateBuilder()
            .Level("P1", p1 => p1.CustomerUpdateCadence(c => c.Every(PolicyDuration.Within(Duration.FromMinutes(30))).For(Duration.FromHours(2)).ThenEvery(PolicyDuration.Within(Duration.FromHours(2)))))
            .Build();

        Assert.Equal("30m for 2h, then 2h", policy["P1"].CustomerUpdateCadence?.ToString());
    }

    [Fact]
    public void A_missing_customer_cadence_writer_is_refused_naming_it()
    {
        Assert.Equal("phases", Assert.Throws<ArgumentNullException>(() => ResponsePolicy.CreateBuilder().Level("P1", p1 => p1.CustomerUpdateCadence((Func<CadenceScheduleBuilder, CadenceScheduleBuilder>)null!))).ParamName);
    }

    [Fact]
    public void A_level_s_zero_response_time_blank_recipient_unknown_role_and_half_escalations_are_each_reported_at_their_place()
    {
        var error = Refused(ResponsePolicy.CreateBuilder()
            .Level("P2", p2 => p2.ResponseTime(PolicyDuration.FromDuration(Duration.Zero)).Notify("onCallEngineer", " ").RequiredRoles((IncidentRole)99))
            .Level("P3", p3 => p3.EscalateAfter(Duration.FromDays(1)))
            .Level("P0", p0 => p0.EscalateTo("P0")));

        var problems = error.Problems.Select(p => p.ToString()).ToList();
        Assert.Contains("$.severities.P2.responseTime: must be a positive duration, got \"PT0S\"", problems);
        Assert.Contains("$.severities.P2.notify[1]: expected a recipient name, got an empty one", problems);
        Assert.Contains(problems, p => p.StartsWith("$.severities.P2.requiredRoles[0]: ", StringComparison.Ordinal) && p.Contains("99", StringComparison.Ordinal));
        Assert.Contains("$.severities.P3.escalateTo: missing: escalateAfter is \"P1D\", so the level to escalate to is needed", problems);
        Assert.Contains("$.severities.P0.escalateAfter: missing: escalateTo is \"P0\", so the delay before escalating is needed", problems);
    }

    [Fact]
    public void An_empty_builder_says_why_each_classification_cell_is_needed()
    {
        var error = Refused(ResponsePolicyBuilder.CreateEmpty());

        Assert.Equal(20, error.Problems.Count(p => p.ToString().EndsWith(": missing: every scope and users pair needs a level", StringComparison.Ordinal)));
    }

    [Fact]
    public void An_unknown_category_s_severity_is_refused_listing_the_categories_in_order()
    {
        var error = Refused(ResponsePolicy.CreateBuilder().CategorySeverity("noSuchCategory", RuleSeverity.Warning));

        var message = Assert.Single(error.Problems).ToString();
        var listed = message[(message.IndexOf("; expected ", StringComparison.Ordinal) + "; expected ".Length)..].Replace(" or ", ", ", StringComparison.Ordinal).Split(", ");
        Assert.True(listed.Length > 1, message);
        Assert.Equal(listed.Order(StringComparer.Ordinal), listed);
    }

    [Fact]
    public void A_customer_cadence_written_in_phases_has_a_bad_phase_reported_at_that_phase()
    {
        var error = Refused(ResponsePolicy.CreateBuilder()
            .Level("P1", p1 => p1.CustomerUpdateCadence(c => c.Every(PolicyDuration.Within(Duration.FromMinutes(30))).For(Duration.Zero).ThenEvery(PolicyDuration.Within(Duration.FromHours(2))))));

        Assert.StartsWith("$.severities.P1.customerUpdateCadence[0]", Assert.Single(error.Problems).Path, StringComparison.Ordinal);
    }

    [Fact]
    public void A_policy_refused_after_several_inputs_names_each_named_input_once_in_the_order_applied()
    {
        var builder = ResponsePolicy.CreateBuilder()
            .ApplyJson("""{ "severities": { "P2": { "escalateAfter": "-PT1H" } } }""", "base.json")
            .ApplyJson("{}", null)
            .ApplyJson("{}", "team.json")
            .ApplyJson("{}", "base.json");

        var error = Refused(builder);

        Assert.Equal("base.json, team.json", error.SourceName);
        Assert.StartsWith("base.json, team.json: The policy is invalid: $.severities.P2.escalateAfter: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_level_s_title_set_to_null_is_no_title()
    {
        var policy = ResponsePolicy.CreateBuilder().Level("P2", p2 => p2.Title(null!)).Build();

        Assert.Equal(string.Empty, policy["P2"].Title);
    }
}

using System;
using System.Collections.Generic;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Communications;

/// <summary>What a bot relies on when it renders a message: the fields, the placeholders, host values, the formats and the limits.</summary>
public sealed class MessageComposerTests
{
    private static readonly MessageComposer Composer = new(Engines.Default);

    private static IncidentRecord Incident(string title = "Checkout down", params IncidentEvent[] events) =>
        new("INC-7", title, T.Of("2024-03-15T14:00:00Z"), Incidents.P1Impact, events);

    [Fact]
    public void The_missing_parts_are_the_procedures_placeholders_and_are_listed()
    {
        var message = Composer.Compose(Incident(), T.Of("2024-03-15T14:30:00Z"), MessageKind.StatusUpdate);

        Assert.Contains("Current state: [What is happening now]\n", message.Text, StringComparison.Ordinal);
        Assert.Contains("Actions taken: [What has been tried]\n", message.Text, StringComparison.Ordinal);
        Assert.Contains("Next steps: [What will be done next]\n", message.Text, StringComparison.Ordinal);
        Assert.Equal<string>(["currentState", "actionsTaken", "nextSteps"], message.Missing);
    }

    [Fact]
    public void Host_values_fill_the_placeholders_and_are_escaped_like_the_records_text()
    {
        var values = new Dictionary<string, string> { ["currentState"] = "Error rate <b>falling</b> @here", ["nextSteps"] = "Watch *metrics*" };

        var message = Composer.Compose(Incident(), T.Of("2024-03-15T14:30:00Z"), MessageKind.StatusUpdate, MessageFormat.Slack, values);

        Assert.Contains("Current state: Error rate &lt;b&gt;falling&lt;/b&gt; @\u200Bhere\n", message.Text, StringComparison.Ordinal);
        Assert.Contains("Next steps: Watch \u2217metrics\u2217\n", message.Text, StringComparison.Ordinal);
        Assert.Equal<string>(["actionsTaken"], message.Missing);
    }

    [Fact]
    public void A_host_value_for_an_unknown_field_is_refused_with_its_name()
    {
        var exception = Assert.Throws<ArgumentException>(() => Composer.Compose(
            Incident(), T.Of("2024-03-15T14:30:00Z"), MessageKind.StatusUpdate, values: new Dictionary<string, string> { ["curentState"] = "x" }));

        Assert.StartsWith("Unknown message field 'curentState'; the fields are severity, title,", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void In_slack_a_title_with_mentions_notifies_no_one_while_the_templates_bold_heading_is_kept()
    {
        var message = Composer.Compose(Incident("Checkout <!here> down @channel"), T.Of("2024-03-15T14:10:00Z"), MessageKind.InitialAlert, MessageFormat.Slack);

        Assert.StartsWith("*INCIDENT DECLARED: P1 - Checkout &lt;!here&gt; down @\u200Bchannel*\n", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void In_markdown_a_title_cannot_add_links_or_html_while_the_templates_markup_is_kept()
    {
        var message = Composer.Compose(Incident("[Pay](https://evil.example) <img src=x> **now**"), T.Of("2024-03-15T14:10:00Z"), MessageKind.InitialAlert, MessageFormat.Markdown);

        Assert.StartsWith(@"**INCIDENT DECLARED: P1 - \[Pay\](https://evil.example) \<img src=x\> \*\*now\*\***" + "\n", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Durations_and_cadences_are_in_words_and_the_start_is_in_UTC()
    {
        var message = Composer.Compose(Incident(), T.Of("2024-03-15T15:30:00Z"), MessageKind.StatusUpdate);

        Assert.Contains("Duration: 1 hour 30 minutes\n", message.Text, StringComparison.Ordinal);
        Assert.EndsWith("Next update in 30 minutes.\n", message.Text, StringComparison.Ordinal);
        Assert.Contains("Start time: 2024-03-15 14:00 UTC\n", Composer.Compose(Incident(), T.Of("2024-03-15T14:10:00Z"), MessageKind.InitialAlert).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(45, "45 minutes")]
    [InlineData(60, "1 hour")]
    [InlineData(150, "2 hours 30 minutes")]
    [InlineData(1440, "1 day")]
    [InlineData(1501, "1 day 1 hour 1 minute")]
    [InlineData(0, "0 minutes")]
    [InlineData(-90, "0 minutes")]
    public void Durations_are_written_largest_unit_first_without_zero_units(int minutes, string expected) =>
        Assert.Equal(expected, DurationWords.Of(Duration.FromMinutes(minutes)));

    [Fact]
    public void Business_days_are_written_as_business_days()
    {
        Assert.Equal("2 business days", DurationWords.Of(PolicyDuration.BusinessDays(2)));
        Assert.Equal("1 business day", DurationWords.Of(PolicyDuration.NextBusinessDay));
    }

    [Fact]
    public void The_customer_message_speaks_the_policys_service_name_and_time_zone()
    {
        var policy = ResponsePolicy.CreateBuilder().ServiceName("Acme Pay").CustomerTimeZone(DateTimeZoneProviders.Tzdb["America/New_York"]).Build();
        var composer = new MessageComposer(new PolicyEngine(policy));

        var message = composer.Compose(Incident(), T.Of("2024-03-15T14:10:00Z"), MessageKind.Customer);

        Assert.StartsWith("Acme Pay Status Update\n\nWe are aware of an issue affecting Acme Pay for most users.\n", message.Text, StringComparison.Ordinal);
        Assert.Contains("Started: 2024-03-15 10:00 EDT\n", message.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("P1", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resolution_message_before_resolution_has_placeholders_for_what_is_not_known_yet()
    {
        var message = Composer.Compose(Incident(), T.Of("2024-03-15T15:00:00Z"), MessageKind.Resolution);

        Assert.Contains("Duration: [Total time from detection to resolution]\n", message.Text, StringComparison.Ordinal);
        Assert.Contains("Follow-up: Post-incident review scheduled for [date/time].\n", message.Text, StringComparison.Ordinal);
        Assert.Equal<string>(["duration", "rootCause", "resolution", "customerImpact", "followUp"], message.Missing);
    }

    [Fact]
    public void The_resolution_message_gives_the_time_from_detection_to_resolution_and_the_review_due()
    {
        var incident = Incident("Checkout down", new MitigationApplied(T.Of("2024-03-15T14:20:00Z"), "rollback"), new Resolved(T.Of("2024-03-15T15:05:00Z")));

        var message = Composer.Compose(incident, T.Of("2024-03-15T16:00:00Z"), MessageKind.Resolution);

        Assert.Contains("Duration: 1 hour 5 minutes\n", message.Text, StringComparison.Ordinal);
        Assert.Contains("Follow-up: Post-incident review due by 2024-03-17 15:05 UTC.\n", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_a_message_never_changes_an_evaluation()
    {
        var incident = IncidentJson.ReadIncident(Repository.SampleIncident("payments-down-p1.json"));
        var at = T.Of("2024-03-15T14:30:00Z");
        var before = IncidentJson.WriteEvaluation(Engines.Default.Evaluate(incident, at));

        foreach (var kind in Enum.GetValues<MessageKind>())
        {
            _ = Composer.Compose(incident, at, kind, MessageFormat.Slack, new Dictionary<string, string> { ["currentState"] = "x" });
        }

        Assert.Equal(before, IncidentJson.WriteEvaluation(Engines.Default.Evaluate(incident, at)));
    }

    [Fact]
    public void A_template_that_loops_past_its_steps_is_stopped()
    {
        var policy = ResponsePolicy.CreateBuilder().MessageTemplate(MessageKind.InitialAlert, "{% for i in (1..100000) %}x{% endfor %}").Build();

        var exception = Assert.Throws<InvalidOperationException>(() => new MessageComposer(new PolicyEngine(policy)).Compose(Incident(), T.Of("2024-03-15T14:10:00Z"), MessageKind.InitialAlert));

        Assert.Contains("stopped", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_that_writes_more_than_its_output_limit_is_stopped()
    {
        var policy = ResponsePolicy.CreateBuilder().MessageTemplate(MessageKind.InitialAlert, "{% for i in (1..1000) %}{{ title }}{{ title }}{{ title }}{{ title }}{{ title }}{{ title }}{% endfor %}").Build();

        var exception = Assert.Throws<MessageRenderer.OutputTooLongException>(() => new MessageComposer(new PolicyEngine(policy)).Compose(Incident(), T.Of("2024-03-15T14:10:00Z"), MessageKind.InitialAlert));

        Assert.Contains("more than 20000 characters", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_template_cannot_read_members_of_anything_but_its_fields()
    {
        var policy = ResponsePolicy.CreateBuilder().MessageTemplate(MessageKind.InitialAlert, "[{{ title.Length }}][{{ title.size }}][{{ actionsTaken.first }}]").Build();

        var message = new MessageComposer(new PolicyEngine(policy)).Compose(Incident(), T.Of("2024-03-15T14:10:00Z"), MessageKind.InitialAlert);

        Assert.Equal("[][13][[What has been tried]]\n", message.Text);
    }

    [Fact]
    public void Composing_from_an_evaluation_refuses_what_composing_at_an_instant_refuses()
    {
        var incident = Incident();
        var evaluation = Engines.Default.Evaluate(incident, T.Of("2024-03-15T14:30:00Z"));

        Assert.Equal("incident", Assert.Throws<ArgumentNullException>(() => Composer.Compose(null!, evaluation, MessageKind.StatusUpdate)).ParamName);
        Assert.Equal("evaluation", Assert.Throws<ArgumentNullException>(() => Composer.Compose(incident, (PolicyEvaluation)null!, MessageKind.StatusUpdate)).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentException>(() => Composer.Compose(incident, evaluation, MessageKind.StatusUpdate, values: new Dictionary<string, string> { ["curentState"] = "x" })).ParamName);
        Assert.Equal("values", Assert.Throws<ArgumentNullException>(() => Composer.Compose(incident, evaluation, MessageKind.StatusUpdate, values: new Dictionary<string, string> { ["currentState"] = null! })).ParamName);
    }

    [Fact]
    public void Several_unknown_fields_are_named_together_in_order()
    {
        var exception = Assert.Throws<ArgumentException>(() => Composer.Compose(
            Incident(), T.Of("2024-03-15T14:30:00Z"), MessageKind.StatusUpdate, values: new Dictionary<string, string> { ["zeta"] = "x", ["alpha"] = "y" }));

        Assert.StartsWith("Unknown message fields 'alpha', 'zeta'; the fields are severity, title,", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_host_value_for_the_actions_taken_is_one_action_of_the_list()
    {
        var message = Composer.Compose(
            Incident(), T.Of("2024-03-15T14:30:00Z"), MessageKind.StatusUpdate, values: new Dictionary<string, string> { ["actionsTaken"] = "failed over to the replica" });

        Assert.Contains("Actions taken: failed over to the replica\n", message.Text, StringComparison.Ordinal);

        // One action, not a text: a policy template can count and loop over them.
        var counting = new MessageComposer(new PolicyEngine(ResponsePolicy.CreateBuilder().MessageTemplate(MessageKind.StatusUpdate, "{{ actionsTaken.size }} action(s)").Build()));
        Assert.Equal("1 action(s)\n", counting.Compose(
            Incident(), T.Of("2024-03-15T14:30:00Z"), MessageKind.StatusUpdate, values: new Dictionary<string, string> { ["actionsTaken"] = "failed over to the replica" }).Text);
    }

    [Fact]
    public void A_host_value_for_any_other_field_is_one_text_that_filters_see_whole()
    {
        var composer = new MessageComposer(new PolicyEngine(ResponsePolicy.CreateBuilder().MessageTemplate(MessageKind.StatusUpdate, "{{ currentState | size }} {{ currentState | upcase }}").Build()));

        var message = composer.Compose(
            Incident(), T.Of("2024-03-15T14:30:00Z"), MessageKind.StatusUpdate, values: new Dictionary<string, string> { ["currentState"] = "stable" });

        Assert.Equal("6 STABLE\n", message.Text);
    }

    [Fact]
    public void A_kind_or_format_outside_its_enum_is_refused_naming_the_argument_whatever_the_template()
    {
        var custom = new MessageComposer(new PolicyEngine(ResponsePolicy.CreateBuilder().MessageTemplate(MessageKind.StatusUpdate, "{{ title }}").Build()));
        var evaluation = Engines.Default.Evaluate(Incident(), T.Of("2024-03-15T14:30:00Z"));

        foreach (var composer in new[] { Composer, custom })
        {
            var kind = Assert.Throws<ArgumentOutOfRangeException>(() => composer.Compose(Incident(), T.Of("2024-03-15T14:30:00Z"), (MessageKind)9));
            Assert.Equal(("kind", "not a message kind (Parameter 'kind')\nActual value was 9."), (kind.ParamName, kind.Message.ReplaceLineEndings("\n")));
            var format = Assert.Throws<ArgumentOutOfRangeException>(() => composer.Compose(Incident(), evaluation, MessageKind.StatusUpdate, (MessageFormat)9));
            Assert.Equal(("format", "not a message format (Parameter 'format')\nActual value was 9."), (format.ParamName, format.Message.ReplaceLineEndings("\n")));
        }
    }

    [Fact]
    public void An_evaluation_given_with_a_phase_outside_its_enum_is_refused_naming_the_phase()
    {
        var evaluation = Engines.Default.Evaluate(Incident(), T.Of("2024-03-15T14:30:00Z")) with { Phase = (IncidentPhase)9 };

        var refused = Assert.Throws<ArgumentOutOfRangeException>(() => Composer.Compose(Incident(), evaluation, MessageKind.Customer));

        Assert.Equal(("phase", "not a phase (Parameter 'phase')\nActual value was 9."), (refused.ParamName, refused.Message.ReplaceLineEndings("\n")));
    }

    [Fact]
    public void Only_the_customer_message_is_in_the_customer_time_zone()
    {
        var composer = new MessageComposer(new PolicyEngine(ResponsePolicy.CreateBuilder().CustomerTimeZone(DateTimeZoneProviders.Tzdb["America/New_York"]).Build()));

        Assert.Contains("Start time: 2024-03-15 14:00 UTC\n", composer.Compose(Incident(), T.Of("2024-03-15T14:30:00Z"), MessageKind.InitialAlert).Text, StringComparison.Ordinal);
        Assert.Contains("Started: 2024-03-15 10:00 EDT\n", composer.Compose(Incident(), T.Of("2024-03-15T14:30:00Z"), MessageKind.Customer).Text, StringComparison.Ordinal);
    }
}

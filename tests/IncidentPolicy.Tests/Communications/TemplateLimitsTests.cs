using System;
using System.Linq;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Communications;

/// <summary>The limits of a message template (docs/limits.md), at their boundaries, each stop naming the limit and how to raise it.</summary>
public sealed class TemplateLimitsTests
{
    private static readonly PolicyEngine Engine = new(ResponsePolicy.CreateBuilder().MessageTemplate(MessageKind.InitialAlert, "{% for i in (1..10) %}x{% endfor %}").Build());

    private static readonly IncidentRecord Incident = new("INC-1", "Checkout down", T.Of("2024-03-15T14:00:00Z"), ImpactAssessment.Unknown, []);

    [Fact]
    public void Output_of_exactly_the_limit_is_rendered_and_one_character_less_of_limit_stops_it_naming_the_option()
    {
        Assert.Equal("xxxxxxxxxx\n", Compose(TemplateLimits.Default with { MaxOutputLength = 10 }));

        var stopped = Assert.ThrowsAny<InvalidOperationException>(() => Compose(TemplateLimits.Default with { MaxOutputLength = 9 }));
        Assert.Equal(
            "The message template was stopped: it wrote more than 9 characters, over the limit of TemplateLimits.MaxOutputLength; raise it with new MessageComposer(engine, limits) for a longer message.",
            stopped.Message);
    }

    [Fact]
    public void A_template_that_needs_exactly_its_steps_is_rendered_and_one_step_less_stops_it_naming_the_option()
    {
        var needed = Enumerable.Range(1, 200).First(steps => Renders(TemplateLimits.Default with { MaxSteps = steps }));

        var stopped = Assert.Throws<InvalidOperationException>(() => Compose(TemplateLimits.Default with { MaxSteps = needed - 1 }));
        Assert.Contains($"The limits are {needed - 1} steps (TemplateLimits.MaxSteps) and 20 nested blocks (TemplateLimits.MaxNesting); raise them", stopped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_composer_keeps_the_limits_it_is_given_and_the_defaults_otherwise()
    {
        Assert.Same(TemplateLimits.Default, new MessageComposer(Engine).Limits);
        Assert.Equal(5, new MessageComposer(Engine, TemplateLimits.Default with { MaxSteps = 5 }).Limits.MaxSteps);
        Assert.Equal((10_000, 20, 20_000), (TemplateLimits.Default.MaxSteps, TemplateLimits.Default.MaxNesting, TemplateLimits.Default.MaxOutputLength));
        Assert.Throws<ArgumentOutOfRangeException>(() => TemplateLimits.Default with { MaxSteps = 0 });
    }

    [Fact]
    public void Blocks_nested_exactly_to_the_fixed_limit_are_checked_and_one_more_is_a_problem_at_its_line_and_column()
    {
        static string Nested(int depth) => string.Concat(Enumerable.Repeat("{% if severity %}", depth)) + "\n{{ severity }}" + string.Concat(Enumerable.Repeat("{% endif %}", depth));

        _ = new CommunicationSettings(templates: [new(MessageKind.InitialAlert, Nested(100))]);

        var refused = Assert.Throws<InvalidPolicyException>(() => new CommunicationSettings(templates: [new(MessageKind.InitialAlert, Nested(101))]));
        Assert.Equal(
            "$.communications.templates.initialAlert: line 1, column 1701: blocks and brackets nested more than 100 deep, over the limit of a message template (a fixed limit: the template cannot be checked deeper)",
            refused.Problems.Single().ToString());
    }

    [Fact]
    public void A_hundred_thousand_nested_blocks_are_refused_without_exhausting_the_stack()
    {
        var text = string.Concat(Enumerable.Repeat("{% if x %}", 100_000));

        var refused = Assert.Throws<InvalidPolicyException>(() => new CommunicationSettings(templates: [new(MessageKind.StatusUpdate, text)]));

        Assert.Contains("nested more than 100 deep", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_limit_must_be_a_positive_number()
    {
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new TemplateLimits { MaxSteps = 0 }).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new TemplateLimits { MaxNesting = 0 }).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => new TemplateLimits { MaxOutputLength = 0 }).ParamName);
        Assert.Equal((1, 1, 1), (new TemplateLimits { MaxSteps = 1 }.MaxSteps, new TemplateLimits { MaxNesting = 1 }.MaxNesting, new TemplateLimits { MaxOutputLength = 1 }.MaxOutputLength));
    }

    /// <summary>What the nesting check counts: blocks opened and closed by tags, brackets within a tag or an output; not text, not tags side by side.</summary>
    public static TheoryData<string, string, bool> NestingCases => new()
    {
        { "outputs between the blocks", Repeat("{{ severity }}{% if severity %}", 101) + Repeat("{% endif %}", 101), true },
        { "brackets within an output", "{{ " + Repeat("severity[", 101) + "0" + Repeat("]", 101) + " }}", true },
        { "other tags within the blocks", Repeat("{% if severity %}{% assign x = 1 %}", 101) + Repeat("{% endif %}", 101), true },
        { "ends with nothing open before the blocks", Repeat("{% endif %}", 5) + Repeat("{% if severity %}", 101) + Repeat("{% endif %}", 101), true },
        { "blocks side by side", Repeat("{% if severity %}x{% endif %}", 101), false },
        { "text lines that start like a tag", "{% if severity %}x{% endif %}\n" + Repeat("if only we knew\n", 101), false },
    };

    [Theory]
    [MemberData(nameof(NestingCases))]
    public void The_nesting_check_counts_blocks_and_brackets_that_nest_and_nothing_else(string what, string template, bool refused)
    {
        var error = Record.Exception(() => new CommunicationSettings(templates: [new(MessageKind.StatusUpdate, template)]));

        if (refused)
        {
            Assert.True(error is InvalidPolicyException && error.Message.Contains("nested more than 100 deep", StringComparison.Ordinal), $"{what}: not refused as nested too deep ({error?.Message})");
        }
        else
        {
            Assert.True(error is null, $"{what}: refused ({error?.Message})");
        }
    }

    [Fact]
    public void A_limit_that_is_not_positive_is_refused_naming_the_limit()
    {
        Assert.StartsWith("The limit of steps must be a positive number.", Assert.Throws<ArgumentOutOfRangeException>(() => new TemplateLimits { MaxSteps = -1 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("The nesting limit must be a positive number.", Assert.Throws<ArgumentOutOfRangeException>(() => new TemplateLimits { MaxNesting = 0 }).Message, StringComparison.Ordinal);
        Assert.StartsWith("The output limit must be a positive number of characters.", Assert.Throws<ArgumentOutOfRangeException>(() => new TemplateLimits { MaxOutputLength = 0 }).Message, StringComparison.Ordinal);
    }

    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static string Compose(TemplateLimits limits) =>
        new MessageComposer(Engine, limits).Compose(Incident, T.Of("2024-03-15T14:10:00Z"), MessageKind.InitialAlert).Text;

    private static bool Renders(TemplateLimits limits)
    {
        try
        {
            Compose(limits);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}

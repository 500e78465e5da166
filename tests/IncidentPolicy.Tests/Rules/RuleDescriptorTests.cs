using System;
using System.Globalization;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using Xunit;

namespace IncidentPolicy.Tests.Rules;

/// <summary>A custom rule's descriptor, as its author writes it: what it refuses, what it fills in, how it formats.</summary>
public sealed class RuleDescriptorTests
{
    [Theory]
    [InlineData("id")]
    [InlineData("title")]
    [InlineData("messageFormat")]
    [InlineData("category")]
    public void A_blank_id_title_message_format_or_category_is_refused_naming_the_parameter(string blank)
    {
        var exception = Assert.ThrowsAny<ArgumentException>(() => new RuleDescriptor(
            blank == "id" ? " " : "ACME1001",
            blank == "title" ? "" : "Incidents have a title",
            blank == "messageFormat" ? "\t" : "Incident {0} has no title",
            blank == "category" ? " " : "Triage",
            RuleSeverity.Warning,
            "https://wiki.example/ACME1001"));

        Assert.Equal(blank, exception.ParamName);
    }

    [Fact]
    public void Without_a_help_link_the_link_is_empty_and_the_rule_is_configurable()
    {
        var descriptor = new RuleDescriptor("ACME1001", "Incidents have a title", "x", "Triage", RuleSeverity.Warning, null!);

        Assert.Equal(string.Empty, descriptor.HelpLink);
        Assert.True(descriptor.IsConfigurable);
    }

    [Fact]
    public void Every_value_given_is_kept()
    {
        var descriptor = new RuleDescriptor("ACME1001", "Incidents have a title", "Incident {0}", "Triage", RuleSeverity.Info, "https://wiki.example/ACME1001", isConfigurable: false);

        Assert.Equal(
            ("ACME1001", "Incidents have a title", "Incident {0}", "Triage", RuleSeverity.Info, "https://wiki.example/ACME1001", false),
            (descriptor.Id, descriptor.Title, descriptor.MessageFormat, descriptor.Category, descriptor.DefaultSeverity, descriptor.HelpLink, descriptor.IsConfigurable));
    }

    [Fact]
    public void Messages_are_formatted_in_the_invariant_culture_whatever_the_current_one()
    {
        var descriptor = new RuleDescriptor("ACME1001", "Ratio", "{0} of {1:N1} minutes", "Triage", RuleSeverity.Info, "x");
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("de-DE");

            Assert.Equal("INC-1 of 1,234.5 minutes", descriptor.FormatMessage("INC-1", 1234.5));
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }

    [Fact]
    public void A_descriptor_reads_as_its_id_and_title()
    {
        Assert.Equal("ACME1001: Incidents have a title", new RuleDescriptor("ACME1001", "Incidents have a title", "x", "Triage", RuleSeverity.Info, "x").ToString());
    }
}

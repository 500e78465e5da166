using System.Linq;
using IncidentPolicy.Communications;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Validation;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Communications;

/// <summary>The policy document's <c>communications</c>: read, checked with every problem at once, and written back.</summary>
public sealed class CommunicationsDocumentTests
{
    [Fact]
    public void A_document_sets_the_service_name_the_customer_time_zone_and_a_template()
    {
        var policy = PolicyJson.ReadOverride("""
            { "communications": { "serviceName": "Acme Pay", "customerTimeZone": "Europe/London",
              "templates": { "customer": "{{ serviceName }}: {{ customerStatus }}" } } }
            """);

        Assert.Equal("Acme Pay", policy.Communications.ServiceName);
        Assert.Equal(DateTimeZoneProviders.Tzdb["Europe/London"], policy.Communications.CustomerTimeZone);
        Assert.Equal("{{ serviceName }}: {{ customerStatus }}", policy.Communications.Templates[MessageKind.Customer]);
    }

    [Fact]
    public void Every_problem_of_the_communications_is_reported_at_its_path()
    {
        var exception = Assert.Throws<InvalidPolicyException>(() => PolicyJson.ReadOverride("""
            { "communications": { "serviceName": 3, "customerTimeZone": "Mars/Olympus",
              "templates": { "initialAlrt": "x", "statusUpdate": "Line one\n{{ titel }}" }, "colour": "red" } }
            """));

        Assert.Equal(
            [
                "$.communications.colour",
                "$.communications.customerTimeZone",
                "$.communications.serviceName",
                "$.communications.templates.initialAlrt",
                "$.communications.templates.statusUpdate",
            ],
            exception.Problems.Select(p => p.Path).Order(System.StringComparer.Ordinal));
        Assert.Contains(exception.Problems, p => p.Message.StartsWith("line 2, column 4: unknown field 'titel'; did you mean 'title'?", System.StringComparison.Ordinal));
    }

    [Fact]
    public void The_settings_are_written_and_read_back_as_the_same_policy()
    {
        var policy = ResponsePolicy.CreateBuilder()
            .ServiceName("Acme Pay")
            .CustomerTimeZone(DateTimeZoneProviders.Tzdb["Europe/London"])
            .MessageTemplate(MessageKind.StatusUpdate, "{{ severity }}: {{ currentState }}")
            .Build();

        var json = PolicyJson.Write(policy);

        Assert.Contains("\"communications\": {", json, System.StringComparison.Ordinal);
        Assert.Equal(policy, PolicyJson.Read(json));
    }

    [Fact]
    public void Settings_without_templates_are_written_without_the_templates_key()
    {
        var policy = ResponsePolicy.CreateBuilder().ServiceName("Acme Pay").Build();

        var json = PolicyJson.Write(policy, indented: false);

        Assert.Contains("\"communications\":{\"serviceName\":\"Acme Pay\"}", json, System.StringComparison.Ordinal);
        Assert.Equal(policy, PolicyJson.Read(json));
    }

    [Fact]
    public void The_default_settings_are_left_out_of_a_written_policy() =>
        Assert.DoesNotContain("\"communications\": {", PolicyJson.Write(ResponsePolicy.Default), System.StringComparison.Ordinal);
}

using System.IO;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Policy.Checks;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>schemas/policy.schema.json describes the policy documents the library reads and writes.</summary>
public sealed class PolicySchemaTests
{
    private static readonly Json.Schema.JsonSchema Policy = Json.Schema.JsonSchema.FromFile(Repository.PathOf("schemas", "policy.schema.json"));

    public static TheoryData<string> SamplePolicies => [.. SamplePolicyFiles.Readable];

    [Theory]
    [MemberData(nameof(SamplePolicies))]
    public void Each_sample_policy_is_valid_against_the_schema_and_builds_a_policy(string file)
    {
        var json = File.ReadAllText(Repository.PathOf("samples", "policies", file));

        Assert.Empty(Schemas.Errors(Policy, json));
        var policy = PolicyJson.ReadOverride(json, source: file);
        Assert.Empty(PolicyAnalyzer.Analyze(policy).Where(d => d.Severity == IncidentPolicy.Evaluation.DiagnosticSeverity.Error));
    }

    [Fact]
    public void The_written_default_policy_is_valid_against_the_schema()
    {
        Assert.Empty(Schemas.Errors(Policy, PolicyJson.Write(ResponsePolicy.Default)));
    }

    [Theory]
    [InlineData("""{ "severities": { "P4": null } }""")]
    [InlineData("""{ "severities": { "P2": { "rank": "2", "responseTime": "nextBusinessDay", "escalateAfter": null, "title": null } } }""")]
    [InlineData("""{ "businessCalendar": { "workingHours": { "start": "08:30" }, "holidays": ["2024-12-25"] } }""")]
    [InlineData("""{}""")]
    [InlineData("""{ "extends": "default", "recipients": { "teamLead": null } }""")]
    public void The_forms_of_a_partial_override_are_valid_against_the_schema(string json)
    {
        Assert.Empty(Schemas.Errors(Policy, json));
    }

    [Theory]
    [InlineData("""{ "severities": { "P2": { "escalteAfter": "PT3H" } } }""")]
    [InlineData("""{ "severities": { "P2": { "updateCadence": "2 hours" } } }""")]
    [InlineData("""{ "rules": { "IRP3001": { "severity": "loud" } } }""")]
    [InlineData("""{ "businessCalendar": { "workingDays": ["funday"] } }""")]
    [InlineData("""{ "recipients": { "cto": "pigeon" } }""")]
    [InlineData("""{ "categories": { "Triage": { "severity": "loud" } } }""")]
    [InlineData("""{ "allRules": null }""")]
    [InlineData("""{ "severities": { "P2": { "responseTime": "nextWeek" } } }""")]
    [InlineData("""{ "severities": { "P2": { "rank": "first" } } }""")]
    [InlineData("""{ "businessCalendar": { "holidays": ["25 December"] } }""")]
    [InlineData("""{ "extends": "base" }""")]
    public void The_schema_refuses_what_the_reader_refuses(string json)
    {
        Assert.NotEmpty(Schemas.Errors(Policy, json));
        Assert.Throws<IncidentPolicy.Validation.InvalidPolicyException>(() => PolicyJson.ReadOverride(json));
    }
}

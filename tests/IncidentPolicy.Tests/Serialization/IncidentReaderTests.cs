using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading.Tasks;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>Reading incident records: the contract's fields, defaults and freedoms.</summary>
public sealed class IncidentReaderTests
{
    [Fact]
    public void The_spec_example_record_is_read_field_by_field()
    {
        var incident = IncidentJson.ReadIncident(SpecDocuments.ExampleIncident);

        Assert.Equal("INC-2024-0315-1", incident.Id);
        Assert.Equal("Payments down", incident.Title);
        Assert.Equal(T.Of("14:00"), incident.DetectedAt);
        Assert.Equal(new ImpactAssessment(UsersAffected.All, ImpactScope.Outage), incident.Impact);
        Assert.Equal<IncidentEvent>(
            [
                new SeverityAssigned(T.Of("14:02"), "P1", "alice", "checkout failing"),
                new Acknowledged(T.Of("14:03"), "bob"),
                new RoleAssigned(T.Of("14:05"), IncidentRole.IncidentCommander, "carol"),
                new StatusUpdatePosted(T.Of("14:20")),
                new ImpactReassessed(T.Of("14:22"), new ImpactUpdate(UsersAffected.Most, ImpactScope.CoreSeverelyImpaired)),
                new MitigationApplied(T.Of("14:25"), "rollback"),
                new Resolved(T.Of("14:45")),
                new ReviewCompleted(T.Of("2024-03-16T10:00")),
            ],
            incident.Events);
    }

    [Fact]
    public void A_record_with_only_id_and_detectedAt_has_an_empty_title_an_unknown_impact_and_no_events()
    {
        var incident = IncidentJson.ReadIncident("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z" }""");

        Assert.Equal(string.Empty, incident.Title);
        Assert.Equal(ImpactAssessment.Unknown, incident.Impact);
        Assert.Empty(incident.Events);
    }

    [Fact]
    public void Missing_answers_of_an_impact_are_unknown_and_its_flags_false()
    {
        var incident = IncidentJson.ReadIncident("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "impact": {}, "events": [] }""");

        Assert.Equal(new ImpactAssessment(UsersAffected.Unknown, ImpactScope.Unknown, SecurityBreach: false, DataCorruption: false), incident.Impact);
        Assert.Empty(incident.Events);
    }

    [Fact]
    public void Every_value_of_usersAffected_and_scope_is_read_by_its_camelCase_name()
    {
        string[] users = ["all", "most", "subset", "internal", "unknown"];
        string[] scopes = ["outage", "coreSeverelyImpaired", "coreDegraded", "nonCore", "cosmetic", "unknown"];

        var read = users.Zip(scopes).Select(pair => IncidentJson.ReadIncident(
            $$"""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "impact": { "usersAffected": "{{pair.First}}", "scope": "{{pair.Second}}" } }""").Impact);

        Assert.Equal(
            [(UsersAffected.All, ImpactScope.Outage), (UsersAffected.Most, ImpactScope.CoreSeverelyImpaired), (UsersAffected.Subset, ImpactScope.CoreDegraded),
             (UsersAffected.Internal, ImpactScope.NonCore), (UsersAffected.Unknown, ImpactScope.Cosmetic)],
            read.Select(i => (i.UsersAffected, i.Scope)));
    }

    [Fact]
    public void Every_role_is_read_by_its_camelCase_name()
    {
        var incident = IncidentJson.ReadIncident("""
            { "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "events": [
              { "type": "roleAssigned", "at": "2024-03-15T10:01:00Z", "role": "incidentCommander", "person": "carol" },
              { "type": "roleAssigned", "at": "2024-03-15T10:01:00Z", "role": "technicalLead", "person": "bob" },
              { "type": "roleAssigned", "at": "2024-03-15T10:01:00Z", "role": "communicationsLead", "person": "erin" },
              { "type": "roleAssigned", "at": "2024-03-15T10:01:00Z", "role": "scribe", "person": "frank" } ] }
            """);

        Assert.Equal(
            [IncidentRole.IncidentCommander, IncidentRole.TechnicalLead, IncidentRole.CommunicationsLead, IncidentRole.Scribe],
            incident.Events.Cast<RoleAssigned>().Select(r => r.Role));
    }

    [Fact]
    public void Fields_a_reassessment_leaves_out_are_null_in_its_update()
    {
        var incident = IncidentJson.ReadIncident("""
            { "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "events": [
              { "type": "impactReassessed", "at": "2024-03-15T10:30:00Z", "impact": { "securityBreach": true } } ] }
            """);

        Assert.Equal(new ImpactUpdate(SecurityBreach: true), ((ImpactReassessed)incident.Events[0]).Impact);
    }

    [Fact]
    public void Properties_beyond_the_contract_are_ignored_wherever_they_are_when_the_host_opts_out()
    {
        var options = new IncidentReadOptions { UnknownProperties = UnknownPropertyHandling.Ignore };

        var incident = IncidentJson.ReadIncident(
            """
            { "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "service": "payments", "labels": ["eu"],
              "impact": { "usersAffected": "all", "region": "eu-west-1" },
              "events": [ { "type": "acknowledged", "at": "2024-03-15T10:01:00Z", "by": "bob", "via": { "tool": "pager" } },
                          { "type": "impactReassessed", "at": "2024-03-15T10:02:00Z", "impact": { "scope": "nonCore", "ticket": 7 } } ] }
            """,
            options: options);

        Assert.Equal(new Acknowledged(T.Of("10:01"), "bob"), incident.Events[0]);
        Assert.Equal(new ImpactUpdate(Scope: ImpactScope.NonCore), ((ImpactReassessed)incident.Events[1]).Impact);
        Assert.Equal(UsersAffected.All, incident.Impact.UsersAffected);
    }

    [Fact]
    public void An_optional_field_set_to_null_counts_as_left_out()
    {
        var incident = IncidentJson.ReadIncident("""
            { "id": "INC-1", "title": null, "detectedAt": "2024-03-15T10:00:00Z", "impact": { "usersAffected": null, "securityBreach": null },
              "events": [ { "type": "acknowledged", "at": "2024-03-15T10:01:00Z", "by": null } ] }
            """);

        Assert.Equal(string.Empty, incident.Title);
        Assert.Equal(ImpactAssessment.Unknown, incident.Impact);
        Assert.Equal(new Acknowledged(T.Of("10:01")), Assert.Single(incident.Events));
    }

    [Fact]
    public void Events_keep_the_documents_order_even_when_not_in_order_of_at()
    {
        var incident = IncidentJson.ReadIncident("""
            { "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "events": [
              { "type": "resolved", "at": "2024-03-15T12:00:00Z" },
              { "type": "acknowledged", "at": "2024-03-15T10:05:00Z" } ] }
            """);

        Assert.Equal(["resolved", "acknowledged"], incident.Events.Select(e => e.Type));
    }

    [Fact]
    public void Instants_with_a_fraction_of_a_second_are_read_exactly()
    {
        var incident = IncidentJson.ReadIncident("""{ "id": "INC-1", "detectedAt": "2024-03-15T10:00:00.250Z" }""");

        Assert.Equal(T.Of("10:00") + NodaTime.Duration.FromMilliseconds(250), incident.DetectedAt);
    }

    [Fact]
    public async Task A_stream_of_UTF8_with_or_without_a_byte_order_mark_reads_like_the_text_sync_or_async()
    {
        var expected = IncidentJson.WriteIncident(IncidentJson.ReadIncident(SpecDocuments.ExampleIncident));
        var bytes = Encoding.UTF8.GetBytes(SpecDocuments.ExampleIncident);
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. bytes];

        using var plain = new MemoryStream(bytes);
        using var bom = new MemoryStream(withBom);
        using var asynchronous = new MemoryStream(withBom);

        Assert.Equal(expected, IncidentJson.WriteIncident(IncidentJson.ReadIncident(plain)));
        Assert.Equal(expected, IncidentJson.WriteIncident(IncidentJson.ReadIncident(bom)));
        Assert.Equal(expected, IncidentJson.WriteIncident(await IncidentJson.ReadIncidentAsync(asynchronous)));
        Assert.True(asynchronous.CanRead, "the caller's stream stays open");
    }

    [Fact]
    public void Order_rules_are_checked_while_reading_and_levels_by_the_engine_at_the_documents_event_paths()
    {
        // Document order: [0] at 12:00, [1] before detection, [2] a second resolved, [3] an unknown level.
        const string json = """
            { "id": "INC-1", "detectedAt": "2024-03-15T10:00:00Z", "events": [
              { "type": "resolved", "at": "2024-03-15T12:00:00Z" },
              { "type": "acknowledged", "at": "2024-03-15T09:59:00Z" },
              { "type": "resolved", "at": "2024-03-15T13:00:00Z" },
              { "type": "severityAssigned", "at": "2024-03-15T11:00:00Z", "severity": "P9" } ] }
            """;

        var read = Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(json));
        var lenient = Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(json, options: new IncidentReadOptions { UnknownProperties = UnknownPropertyHandling.Ignore }));
        var byEngine = Assert.Throws<InvalidIncidentException>(
            () => Incidents.Record("10:00", Incidents.P2Impact, new Resolved(T.Of("12:00")), new Acknowledged(T.Of("09:59")), new Resolved(T.Of("13:00")), new SeverityAssigned(T.Of("11:00"), "P9")).Evaluate("18:00"));

        (string, string)[] orderProblems =
            [("$.events[1].at", "acknowledged at 2024-03-15T09:59:00Z is before detectedAt 2024-03-15T10:00:00Z; events cannot precede detection"),
             ("$.events[2]", "a second resolved event; the incident was already resolved by $.events[0] at 2024-03-15T12:00:00Z")];
        Assert.Equal(orderProblems, read.Problems.Select(p => (p.Path, p.Message)));
        Assert.Equal(orderProblems, lenient.Problems.Select(p => (p.Path, p.Message)));
        Assert.Equal(
            [.. orderProblems, ("$.events[3].severity", "unknown level \"P9\"; expected P0, P1, P2 or P3")],
            byEngine.Problems.Select(p => (p.Path, p.Message)));
    }

    [Fact]
    public void Arguments_must_not_be_null()
    {
        Assert.Throws<ArgumentNullException>(() => IncidentJson.ReadIncident((string)null!));
        Assert.Throws<ArgumentNullException>(() => IncidentJson.ReadIncident((Stream)null!));
    }

    [Fact]
    public async Task A_null_stream_is_refused_when_read_asynchronously_naming_the_argument()
    {
        var refused = await Assert.ThrowsAsync<ArgumentNullException>(() => IncidentJson.ReadIncidentAsync(null!, source: null, IncidentReadOptions.Default));

        Assert.Equal("utf8Json", refused.ParamName);
    }
}

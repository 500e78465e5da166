using System;
using System.Globalization;
using System.Linq;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>Writing incident records: the contract's shape, read back to the same record and the same text.</summary>
public sealed class IncidentWriterTests
{
    private static readonly IncidentRecord EveryEventType = new(
        "INC-7",
        "Ünïcode & <markup> + \"quotes\" > 5%",
        T.Of("10:00"),
        new ImpactAssessment(UsersAffected.Internal, ImpactScope.CoreDegraded, SecurityBreach: false, DataCorruption: true),
        [
            new SeverityAssigned(T.Of("10:01"), "P1"),
            new SeverityAssigned(T.Of("10:02"), "P2", "alice", "fewer users than feared"),
            new Acknowledged(T.Of("10:03")),
            new RoleAssigned(T.Of("10:04"), IncidentRole.CommunicationsLead, "erin"),
            new StatusUpdatePosted(T.Of("10:05")),
            new ImpactReassessed(T.Of("10:06"), new ImpactUpdate()),
            new ImpactReassessed(T.Of("10:07"), new ImpactUpdate(UsersAffected.Unknown, ImpactScope.Cosmetic, SecurityBreach: true, DataCorruption: false)),
            new MitigationApplied(T.Of("10:08")),
            new Resolved(T.Of("10:09") + Duration.FromMilliseconds(1)),
            new ReviewCompleted(T.Of("2024-03-18T09:00")),
        ]);

    [Fact]
    public void The_spec_example_is_written_in_the_contracts_shape_and_key_order()
    {
        var json = IncidentJson.WriteIncident(IncidentJson.ReadIncident(SpecDocuments.ExampleIncident), indented: false);

        // The reference example writes every field the record has, in this order: minified, it is our output byte for byte.
        Assert.Equal(JsonText.Minify(SpecDocuments.ExampleIncident), json);
    }

    [Fact]
    public void Indented_output_uses_two_spaces_and_LF_with_no_final_line_end()
    {
        var json = IncidentJson.WriteIncident(new IncidentRecord("INC-1", "", T.Of("10:00")));

        Assert.Equal(
            "{\n  \"id\": \"INC-1\",\n  \"title\": \"\",\n  \"detectedAt\": \"2024-03-15T10:00:00Z\",\n  \"impact\": {\n"
            + "    \"usersAffected\": \"unknown\",\n    \"scope\": \"unknown\",\n    \"securityBreach\": false,\n    \"dataCorruption\": false\n  },\n"
            + "  \"events\": []\n}",
            json);
    }

    [Fact]
    public void Optional_event_text_and_unchanged_reassessment_answers_are_left_out_not_null()
    {
        var json = IncidentJson.WriteIncident(EveryEventType, indented: false);

        Assert.Contains("""{"type":"severityAssigned","at":"2024-03-15T10:01:00Z","severity":"P1"}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"type":"acknowledged","at":"2024-03-15T10:03:00Z"}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"type":"impactReassessed","at":"2024-03-15T10:06:00Z","impact":{}}""", json, StringComparison.Ordinal);
        Assert.Contains("""{"type":"mitigationApplied","at":"2024-03-15T10:08:00Z"}""", json, StringComparison.Ordinal);
        Assert.DoesNotContain("null", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_escaped_only_where_JSON_requires_and_a_fraction_of_a_second_is_kept()
    {
        var json = IncidentJson.WriteIncident(EveryEventType, indented: false);

        Assert.Contains("""
            "title":"Ünïcode & <markup> + \"quotes\" > 5%"
            """, json, StringComparison.Ordinal);
        Assert.Contains("\"at\":\"2024-03-15T10:09:00.001Z\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_with_every_event_type_is_read_back_equal_and_written_again_identically()
    {
        var json = IncidentJson.WriteIncident(EveryEventType);
        var read = IncidentJson.ReadIncident(json);

        Assert.Equal(EveryEventType.Id, read.Id);
        Assert.Equal(EveryEventType.Title, read.Title);
        Assert.Equal(EveryEventType.DetectedAt, read.DetectedAt);
        Assert.Equal(EveryEventType.Impact, read.Impact);
        Assert.Equal<IncidentEvent>(EveryEventType.Events, read.Events);
        Assert.Equal(json, IncidentJson.WriteIncident(read));
    }

    [Theory]
    [MemberData(nameof(SampleIncidents.Names), MemberType = typeof(SampleIncidents))]
    public void Each_sample_survives_a_round_trip_unchanged(string sample)
    {
        var first = IncidentJson.WriteIncident(IncidentJson.ReadIncident(Repository.SampleIncident(sample), sample));
        var second = IncidentJson.WriteIncident(IncidentJson.ReadIncident(first));

        Assert.Equal(first, second);
    }

    [Fact]
    public void The_same_record_gives_the_same_bytes_whatever_the_current_culture()
    {
        var expected = IncidentJson.WriteIncident(EveryEventType);
        var original = CultureInfo.CurrentCulture;
        try
        {
            foreach (var culture in new[] { "ar-SA", "th-TH", "tr-TR", "fa-IR", "de-DE" })
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                Assert.Equal(expected, IncidentJson.WriteIncident(EveryEventType));
            }
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = original;
        }
    }

    [Fact]
    public void What_the_format_cannot_say_is_refused()
    {
        Assert.Throws<ArgumentException>(() => IncidentJson.WriteIncident(Incidents.Record("10:00", null, new CustomEvent(T.Of("10:01")))));
        Assert.Throws<ArgumentException>(() => IncidentJson.WriteIncident(Incidents.Record("10:00", null, new RoleAssigned(T.Of("10:01"), (IncidentRole)42, "x"))));
        Assert.Throws<ArgumentException>(() => IncidentJson.WriteIncident(Incidents.Record("10:00", null, new ImpactReassessed(T.Of("10:01"), null!))));
        Assert.Throws<ArgumentNullException>(() => IncidentJson.WriteIncident(null!));
    }

    [Fact]
    public void What_the_format_cannot_say_is_refused_naming_the_event_and_what_is_wrong()
    {
        static string Refusal(params IncidentEvent[] events) =>
            Assert.Throws<ArgumentException>(() => IncidentJson.WriteIncident(Incidents.Record("10:00", null, events))).Message;

        static string RefusalOfTheRecord(params IncidentEvent[] events)
        {
            var refused = Assert.Throws<ArgumentException>(() => IncidentJson.WriteIncident(Incidents.Record("10:00", null, events)));
            Assert.Equal("incident", refused.ParamName);
            return refused.Message;
        }

        Assert.StartsWith("Event 1 of the incident is null.", RefusalOfTheRecord(new Acknowledged(T.Of("10:01")), null!), StringComparison.Ordinal);
        Assert.StartsWith("Event 0 of the incident is a CustomEvent, which has no wire format.", RefusalOfTheRecord(new CustomEvent(T.Of("10:01"))), StringComparison.Ordinal);
        Assert.StartsWith("Event 0 of the incident (impactReassessed) has no impact.", RefusalOfTheRecord(new ImpactReassessed(T.Of("10:01"), null!)), StringComparison.Ordinal);
        Assert.StartsWith(
            $"IncidentRole value 42 has no name on the wire; expected {WireNames.Role.Expected}",
            Refusal(new RoleAssigned(T.Of("10:01"), (IncidentRole)42, "x")),
            StringComparison.Ordinal);
    }

    [Fact]
    public void A_record_changed_in_code_to_no_title_and_default_events_is_written_with_an_empty_title_and_no_events()
    {
        var record = Incidents.Record("10:00", null, new Acknowledged(T.Of("10:01"))) with { Title = null!, Events = default };

        Assert.Equal(
            """{"id":"INC-1","title":"","detectedAt":"2024-03-15T10:00:00Z","impact":{"usersAffected":"unknown","scope":"unknown","securityBreach":false,"dataCorruption":false},"events":[]}""",
            IncidentJson.WriteIncident(record, indented: false));
    }

    private sealed record CustomEvent(Instant At) : IncidentEvent(At)
    {
        public override string Type => "custom";
    }
}

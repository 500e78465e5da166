using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using IncidentPolicy.Validation;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Serialization;

/// <summary>
/// The record's optional additions for communications and the checklist: the start, the impact's descriptions,
/// the audience and text of updates, the resolution's texts, and the events of the investigation. Read, refused at
/// their place when wrong, and written back to the same record.
/// </summary>
public sealed class RecordAdditionsReaderTests
{
    private const string Detected = "\"id\": \"INC-1\", \"detectedAt\": \"2024-03-15T10:00:00Z\"";

    private const string EveryAddition = """
        {
          "id": "INC-9",
          "title": "Checkout down",
          "startedAt": "2024-03-15T09:52:00Z",
          "detectedAt": "2024-03-15T10:00:00Z",
          "impact": {
            "usersAffected": "most", "scope": "coreSeverelyImpaired",
            "description": "Checkout fails for most EU users; the payments API returns 502",
            "customerDescription": "Some customers cannot complete a purchase"
          },
          "events": [
            { "type": "channelOpened", "at": "2024-03-15T10:01:00Z", "channel": "#incident-2024-03-15-checkout-down" },
            { "type": "channelOpened", "at": "2024-03-15T10:01:30Z" },
            { "type": "investigationStep", "at": "2024-03-15T10:02:00Z", "step": "dashboards", "note": "5xx at 40%" },
            { "type": "investigationStep", "at": "2024-03-15T10:03:00Z", "step": "deploys" },
            { "type": "observation", "at": "2024-03-15T10:04:00Z", "signal": "recentDeploy", "detail": "v5.2.1 at 09:50" },
            { "type": "observation", "at": "2024-03-15T10:04:30Z", "signal": "errorRateSpike" },
            { "type": "statusUpdatePosted", "at": "2024-03-15T10:05:00Z", "audience": "internal", "message": "Investigating" },
            { "type": "statusUpdatePosted", "at": "2024-03-15T10:06:00Z", "audience": "customer" },
            { "type": "statusUpdatePosted", "at": "2024-03-15T10:07:00Z" },
            { "type": "impactReassessed", "at": "2024-03-15T10:08:00Z", "impact": { "description": "All EU users", "customerDescription": "Customers in Europe cannot pay" } },
            { "type": "causeIdentified", "at": "2024-03-15T10:10:00Z", "summary": "Connection pool too small in v5.2.1" },
            { "type": "mitigationApplied", "at": "2024-03-15T10:12:00Z", "action": "rollback" },
            { "type": "resolved", "at": "2024-03-15T10:40:00Z", "rootCause": "Pool size 5 instead of 50", "resolution": "Rolled back to v5.2.0", "customerImpact": "Purchases failed for 40 minutes" },
            { "type": "reviewScheduled", "at": "2024-03-15T11:00:00Z", "for": "2024-03-18T14:00:00Z" },
            { "type": "actionItemCreated", "at": "2024-03-18T15:00:00Z", "title": "Check pool size in CI", "owner": "dave", "dueDate": "2024-03-29" }
          ]
        }
        """;

    private static (string Path, string Message)[] Problems(string json) =>
        [.. Assert.Throws<InvalidIncidentException>(() => IncidentJson.ReadIncident(json)).Problems.Select(p => (p.Path, p.Message))];

    private static (string Path, string Message) TheProblem(string eventJson) =>
        Assert.Single(Problems($$"""{ {{Detected}}, "events": [ {{eventJson}} ] }"""));

    [Fact]
    public void Every_addition_is_read_field_by_field()
    {
        var incident = IncidentJson.ReadIncident(EveryAddition);

        Assert.Equal(T.Of("09:52"), incident.StartedAt);
        Assert.Equal(T.Of("09:52"), incident.StartTime);
        Assert.Equal("Checkout fails for most EU users; the payments API returns 502", incident.Impact.Description);
        Assert.Equal("Some customers cannot complete a purchase", incident.Impact.CustomerDescription);
        Assert.Equal<IncidentEvent>(
            [
                new ChannelOpened(T.Of("10:01"), "#incident-2024-03-15-checkout-down"),
                new ChannelOpened(T.Of("10:01:30")),
                new InvestigationStep(T.Of("10:02"), MethodologyStep.Dashboards, "5xx at 40%"),
                new InvestigationStep(T.Of("10:03"), MethodologyStep.Deploys),
                new Observation(T.Of("10:04"), ObservedSignal.RecentDeploy, "v5.2.1 at 09:50"),
                new Observation(T.Of("10:04:30"), ObservedSignal.ErrorRateSpike),
                new StatusUpdatePosted(T.Of("10:05"), UpdateAudience.Internal, "Investigating"),
                new StatusUpdatePosted(T.Of("10:06"), UpdateAudience.Customer),
                new StatusUpdatePosted(T.Of("10:07")),
                new ImpactReassessed(T.Of("10:08"), new ImpactUpdate { Description = "All EU users", CustomerDescription = "Customers in Europe cannot pay" }),
                new CauseIdentified(T.Of("10:10"), "Connection pool too small in v5.2.1"),
                new MitigationApplied(T.Of("10:12"), "rollback"),
                new Resolved(T.Of("10:40"), "Pool size 5 instead of 50", "Rolled back to v5.2.0", "Purchases failed for 40 minutes"),
                new ReviewScheduled(T.Of("11:00"), T.Of("2024-03-18T14:00")),
                new ActionItemCreated(T.Of("2024-03-18T15:00"), "Check pool size in CI", "dave", new LocalDate(2024, 3, 29)),
            ],
            incident.Events);
    }

    [Fact]
    public void Without_startedAt_the_incident_starts_at_its_detection()
    {
        var incident = IncidentJson.ReadIncident($$"""{ {{Detected}}, "startedAt": null }""");

        Assert.Null(incident.StartedAt);
        Assert.Equal(T.Of("10:00"), incident.StartTime);
        Assert.Null(incident.Impact.Description);
        Assert.Null(incident.Impact.CustomerDescription);
    }

    [Fact]
    public void A_start_exactly_at_detection_is_accepted()
    {
        Assert.Equal(T.Of("10:00"), IncidentJson.ReadIncident($$"""{ {{Detected}}, "startedAt": "2024-03-15T10:00:00Z" }""").StartedAt);
    }

    [Fact]
    public void A_reassessment_that_leaves_the_descriptions_out_keeps_them()
    {
        var before = new ImpactAssessment(UsersAffected.Most, ImpactScope.NonCore) { Description = "EU only", CustomerDescription = "Some customers" };

        var after = before.With(new ImpactUpdate(UsersAffected.All) { CustomerDescription = "All customers" });

        Assert.Equal(new ImpactAssessment(UsersAffected.All, ImpactScope.NonCore) { Description = "EU only", CustomerDescription = "All customers" }, after);
    }

    [Fact]
    public void Written_back_and_read_again_every_addition_gives_the_same_record_and_text()
    {
        var incident = IncidentJson.ReadIncident(EveryAddition);

        var json = IncidentJson.WriteIncident(incident);
        var again = IncidentJson.ReadIncident(json);

        Assert.Equal(incident.StartedAt, again.StartedAt);
        Assert.Equal(incident.Impact, again.Impact);
        Assert.Equal<IncidentEvent>(incident.Events, again.Events);
        Assert.Equal(json, IncidentJson.WriteIncident(again));
        Assert.Empty(Schemas.Errors(Schemas.Incident, json));
    }

    [Fact]
    public void The_writer_leaves_out_what_is_not_recorded_and_the_default_audience()
    {
        var incident = new IncidentRecord(
            "INC-1",
            "t",
            T.Of("10:00"),
            null,
            [new StatusUpdatePosted(T.Of("10:05")), new StatusUpdatePosted(T.Of("10:06"), UpdateAudience.Customer), new Resolved(T.Of("10:30"), Resolution: "restart")]);

        var json = IncidentJson.WriteIncident(incident, indented: false);

        Assert.Equal(
            """{"id":"INC-1","title":"t","detectedAt":"2024-03-15T10:00:00Z","impact":{"usersAffected":"unknown","scope":"unknown","securityBreach":false,"dataCorruption":false},"events":["""
            + """{"type":"statusUpdatePosted","at":"2024-03-15T10:05:00Z"},{"type":"statusUpdatePosted","at":"2024-03-15T10:06:00Z","audience":"customer"},"""
            + """{"type":"resolved","at":"2024-03-15T10:30:00Z","resolution":"restart"}]}""",
            json);
    }

    [Fact]
    public void The_start_is_written_before_the_detection_and_the_descriptions_after_the_answers()
    {
        var incident = new IncidentRecord("INC-1", "t", T.Of("10:00"), new ImpactAssessment(UsersAffected.All, ImpactScope.Outage) { CustomerDescription = "c" }) { StartedAt = T.Of("09:00") };

        Assert.Equal(
            """{"id":"INC-1","title":"t","startedAt":"2024-03-15T09:00:00Z","detectedAt":"2024-03-15T10:00:00Z","impact":{"usersAffected":"all","scope":"outage","securityBreach":false,"dataCorruption":false,"customerDescription":"c"},"events":[]}""",
            IncidentJson.WriteIncident(incident, indented: false));
    }

    [Fact]
    public void A_start_after_detection_is_refused_at_startedAt()
    {
        Assert.Equal(
            [("$.startedAt", "startedAt 2024-03-15T10:00:01Z is after detectedAt 2024-03-15T10:00:00Z; an incident starts at or before its detection")],
            Problems($$"""{ {{Detected}}, "startedAt": "2024-03-15T10:00:01Z" }"""));
    }

    [Fact]
    public void A_start_that_is_not_an_instant_is_refused()
    {
        Assert.Equal(
            [("$.startedAt", "expected an ISO-8601 instant in UTC such as \"2024-03-15T14:00:00Z\", got the string \"this morning\"")],
            Problems($$"""{ {{Detected}}, "startedAt": "this morning" }"""));
    }

    [Fact]
    public void Descriptions_must_be_text_in_the_impact_and_in_a_reassessment()
    {
        Assert.Equal(
            [("$.impact.description", "expected who is affected and how, a string, got the number 3"),
             ("$.events[0].impact.customerDescription", "expected who is affected and how in words for customers, a string, got true")],
            Problems($$"""
                { {{Detected}}, "impact": { "description": 3 },
                  "events": [ { "type": "impactReassessed", "at": "2024-03-15T10:01:00Z", "impact": { "customerDescription": true } } ] }
                """));
    }

    [Fact]
    public void An_unknown_audience_is_refused_listing_the_audiences()
    {
        Assert.Equal(
            ("$.events[0].audience", "unknown audience \"public\"; expected internal or customer"),
            TheProblem("""{ "type": "statusUpdatePosted", "at": "2024-03-15T10:01:00Z", "audience": "public" }"""));
    }

    [Fact]
    public void An_update_message_must_be_text()
    {
        Assert.Equal(
            ("$.events[0].message", "expected what the update said, a string, got an array"),
            TheProblem("""{ "type": "statusUpdatePosted", "at": "2024-03-15T10:01:00Z", "message": [] }"""));
    }

    [Fact]
    public void The_texts_of_a_resolution_must_be_text()
    {
        Assert.Equal(
            [("$.events[0].rootCause", "expected the root cause, a string, got the number 1"),
             ("$.events[0].resolution", "expected what resolved it, a string, got false"),
             ("$.events[0].customerImpact", "expected what customers experienced, a string, got an object")],
            Problems($$"""{ {{Detected}}, "events": [ { "type": "resolved", "at": "2024-03-15T10:01:00Z", "rootCause": 1, "resolution": false, "customerImpact": {} } ] }"""));
    }

    [Fact]
    public void A_cause_needs_a_summary_that_is_not_blank()
    {
        Assert.Equal(
            ("$.events[0].summary", "missing: expected the cause in words, a non-empty string"),
            TheProblem("""{ "type": "causeIdentified", "at": "2024-03-15T10:01:00Z" }"""));
        Assert.Equal(
            ("$.events[0].summary", "expected the cause in words, a non-empty string, got the string \" \""),
            TheProblem("""{ "type": "causeIdentified", "at": "2024-03-15T10:01:00Z", "summary": " " }"""));
    }

    [Fact]
    public void An_investigation_step_needs_a_known_step()
    {
        Assert.Equal(
            ("$.events[0].step", "missing: expected dashboards, deploys, logs, hypothesis or test"),
            TheProblem("""{ "type": "investigationStep", "at": "2024-03-15T10:01:00Z", "note": "looked around" }"""));
        Assert.Equal(
            ("$.events[0].step", "unknown step \"metrics\"; expected dashboards, deploys, logs, hypothesis or test"),
            TheProblem("""{ "type": "investigationStep", "at": "2024-03-15T10:01:00Z", "step": "metrics" }"""));
    }

    [Fact]
    public void The_note_of_an_investigation_step_is_kept_and_must_be_text()
    {
        Assert.Equal(
            ("$.events[0].note", "expected a note, a string, got the number 5"),
            TheProblem("""{ "type": "investigationStep", "at": "2024-03-15T10:01:00Z", "step": "logs", "note": 5 }"""));
    }

    [Fact]
    public void An_observation_needs_a_known_signal()
    {
        Assert.Equal(
            ("$.events[0].signal", "unknown signal \"cpuHigh\"; expected errorRateSpike, latencyIncrease, trafficAnomaly, resourceSaturation, recentDeploy, "
             + "configChange, infrastructureChange, dependencyFailing, dnsOrCertificate, memoryGrowth or dataInconsistency"),
            TheProblem("""{ "type": "observation", "at": "2024-03-15T10:01:00Z", "signal": "cpuHigh", "detail": "95%" }"""));
    }

    [Fact]
    public void A_review_booking_needs_the_instant_of_the_meeting()
    {
        Assert.Equal(
            ("$.events[0].for", "missing: expected an ISO-8601 instant in UTC such as \"2024-03-15T14:00:00Z\""),
            TheProblem("""{ "type": "reviewScheduled", "at": "2024-03-15T10:01:00Z" }"""));
        Assert.Equal(
            ("$.events[0].for", "expected an ISO-8601 instant in UTC such as \"2024-03-15T14:00:00Z\", got the string \"2024-03-18\""),
            TheProblem("""{ "type": "reviewScheduled", "at": "2024-03-15T10:01:00Z", "for": "2024-03-18" }"""));
    }

    [Fact]
    public void An_action_item_needs_a_title_an_owner_and_a_due_date()
    {
        Assert.Equal(
            [("$.events[0].title", "missing: expected what is to be done, a non-empty string"),
             ("$.events[0].owner", "expected who owns it, a non-empty string, got the string \"\""),
             ("$.events[0].dueDate", "expected a date such as \"2024-03-22\", got the string \"next Friday\"")],
            Problems($$"""{ {{Detected}}, "events": [ { "type": "actionItemCreated", "at": "2024-03-15T10:01:00Z", "owner": "", "dueDate": "next Friday" } ] }"""));
    }

    [Fact]
    public void A_misspelt_field_of_a_new_event_suggests_the_field_it_meant()
    {
        Assert.Equal(
            ("$.events[0].signl", "unknown property \"signl\"; did you mean \"signal\"?"),
            Problems($$"""{ {{Detected}}, "events": [ { "type": "observation", "at": "2024-03-15T10:01:00Z", "signal": "memoryGrowth", "signl": "x" } ] }""").Single());
    }

    [Fact]
    public void Every_problem_of_the_additions_comes_in_one_list_in_document_order()
    {
        var problems = Problems("""
            { "id": "INC-1", "startedAt": "2024-03-15T11:00:00Z", "detectedAt": "2024-03-15T10:00:00Z",
              "events": [
                { "type": "observation", "at": "2024-03-15T10:01:00Z", "signal": "x" },
                { "type": "causeIdentified", "at": "2024-03-15T09:01:00Z", "summary": "early" },
                { "type": "statusUpdatePosted", "at": "2024-03-15T10:03:00Z", "audience": "everyone" }
              ] }
            """);

        Assert.Equal(["$.startedAt", "$.events[0].signal", "$.events[1].at", "$.events[2].audience"], problems.Select(p => p.Path));
    }

    [Fact]
    public void A_record_built_in_code_is_checked_like_a_document()
    {
        var incident = new IncidentRecord(
            "INC-1",
            "t",
            T.Of("10:00"),
            null,
            [
                new StatusUpdatePosted(T.Of("10:01"), (UpdateAudience)7),
                new CauseIdentified(T.Of("10:02"), " "),
                new InvestigationStep(T.Of("10:03"), (MethodologyStep)9),
                new Observation(T.Of("10:04"), (ObservedSignal)99),
                new ActionItemCreated(T.Of("10:05"), "", " ", new LocalDate(2024, 3, 22)),
            ])
        { StartedAt = T.Of("10:30") };

        var problems = Assert.Throws<InvalidIncidentException>(() => Engines.Default.Evaluate(incident, T.Of("11:00"))).Problems;

        Assert.Equal(
            [
                ("$.startedAt", "startedAt 2024-03-15T10:30:00Z is after detectedAt 2024-03-15T10:00:00Z; an incident starts at or before its detection"),
                ("$.events[0].audience", "unknown audience 7; expected internal or customer"),
                ("$.events[1].summary", "missing: expected the cause in words"),
                ("$.events[2].step", "unknown step 9; expected dashboards, deploys, logs, hypothesis or test"),
                ("$.events[3].signal", "unknown signal 99; expected errorRateSpike, latencyIncrease, trafficAnomaly, resourceSaturation, recentDeploy, configChange, infrastructureChange, dependencyFailing, dnsOrCertificate, memoryGrowth or dataInconsistency"),
                ("$.events[4].title", "missing: expected what is to be done"),
                ("$.events[4].owner", "missing: expected who owns it"),
            ],
            problems.Select(p => (p.Path, p.Message)));
    }
}

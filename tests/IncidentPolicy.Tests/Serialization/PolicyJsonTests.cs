using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
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

/// <summary>Policy documents: whole policies round-trip; partial overrides change only what they name; bad documents list every problem.</summary>
public sealed class PolicyJsonTests
{
    /// <summary>The Configuration example of the policy semantics, verbatim.</summary>
    private const string SpecExample = """
        {
          "severities": {
            "P2": { "escalateAfter": "PT3H", "escalateTo": "P1", "responseTime": "PT1H",
                    "updateCadence": "PT1H", "notify": ["onCallEngineer", "teamLead"],
                    "requiredRoles": [], "verificationWindow": "PT30M", "reviewWithin": "P7D" },
            "P3": { "responseTime": "nextBusinessDay" }
          },
          "rules": { "IRP3001": { "severity": "none" } },
          "categories": { "Communication": { "severity": "error" } },
          "businessCalendar": { "timeZone": "Europe/London", "workingDays": ["monday", "tuesday", "wednesday", "thursday", "friday"],
                                "workingHours": { "start": "09:00", "end": "17:00" }, "holidays": ["2024-12-25"] }
        }
        """;

    private static InvalidPolicyException Refused(string json) => Assert.Throws<InvalidPolicyException>(() => PolicyJson.ReadOverride(json));

    private static string OnlyProblem(string json) => Assert.Single(Refused(json).Problems).ToString();

    [Fact]
    public void Writing_the_default_policy_and_reading_it_back_gives_an_equal_policy()
    {
        var json = PolicyJson.Write(ResponsePolicy.Default);

        var read = PolicyJson.Read(json);

        Assert.Equal(ResponsePolicy.Default, read);
        Assert.Equal(json, PolicyJson.Write(read));
    }

    [Fact]
    public void The_written_default_policy_reads_like_the_seed()
    {
        var json = PolicyJson.Write(ResponsePolicy.Default);

        Assert.Contains("\"P2\": {\n      \"rank\": 2,\n      \"title\": \"Partial Impact\",\n      \"responseTime\": \"PT2H\",\n      \"updateCadence\": \"PT2H\",\n      \"customerUpdateCadence\": null,\n      \"escalateAfter\": \"PT4H\",\n      \"escalateTo\": \"P1\"", json, StringComparison.Ordinal);
        Assert.Contains("\"responseTime\": \"nextBusinessDay\"", json, StringComparison.Ordinal);
        Assert.Contains("\"reviewWithin\": \"P7D\"", json, StringComparison.Ordinal);
        Assert.Contains("\"updateCadence\": \"PT15M\",\n      \"customerUpdateCadence\": \"PT30M\",", json, StringComparison.Ordinal);
        Assert.Contains("\"updateCadence\": \"PT30M\",\n      \"customerUpdateCadence\": \"PT1H\",", json, StringComparison.Ordinal);
        Assert.Contains("\"coreSeverelyImpaired\": {\n      \"all\": \"P1\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_specs_override_example_changes_exactly_what_it_names()
    {
        var policy = PolicyJson.ReadOverride(SpecExample);

        Assert.Equal(new EscalationStep(Duration.FromHours(3), "P1"), policy["P2"].Escalation);
        Assert.Equal(PolicyDuration.Within(Duration.FromHours(1)), policy["P2"].ResponseTime);
        Assert.Equal(Duration.FromHours(1), policy["P2"].UpdateCadence);
        Assert.Equal(RuleSeverity.None, policy.RuleSeverities.EffectiveSeverity(BuiltInRules.Get("IRP3001")));
        Assert.Equal(RuleSeverity.Error, policy.RuleSeverities.EffectiveSeverity(BuiltInRules.Get("IRP5001")));
        Assert.Equal("Europe/London", policy.Calendar.TimeZone.Id);
        Assert.Equal([new LocalDate(2024, 12, 25)], policy.Calendar.Holidays);
        Assert.Equal(ResponsePolicy.Default["P1"], policy["P1"]);
        Assert.Equal(ResponsePolicy.Default.Classification, policy.Classification);
    }

    [Fact]
    public void An_override_can_add_a_level_change_cells_and_recipients_and_set_all_rules()
    {
        var policy = PolicyJson.ReadOverride("""
            {
              "severities": { "P4": { "rank": 4, "title": "Informational", "responseTime": "P7D", "updateCadence": "P7D", "notify": ["productOwner"] } },
              "classification": { "cosmetic": { "internal": "P4" } },
              "recipients": { "productOwner": "email" },
              "allRules": { "severity": "warning" }
            }
            """);

        Assert.Equal("P4", policy.Classification[ImpactScope.Cosmetic, UsersAffected.Internal]);
        Assert.Equal(NotificationChannel.Email, policy.RecipientChannels["productOwner"]);
        Assert.Equal(RuleSeverity.Warning, policy.RuleSeverities.EffectiveSeverity(BuiltInRules.Get("IRP2001")));
        Assert.Equal(4, policy["P4"].Level.Rank);
    }

    [Fact]
    public void Every_key_of_a_level_and_of_the_calendar_can_be_overridden()
    {
        var policy = PolicyJson.ReadOverride("""
            {
              "severities": {
                "P1": { "rank": 1, "title": "Major", "responseTime": "PT20M", "updateCadence": "PT25M", "escalateAfter": "PT90M", "escalateTo": "P0",
                        "notify": ["engineeringManager"], "requiredRoles": ["incidentCommander", "scribe"], "verificationWindow": "PT10M", "reviewWithin": "PT36H" }
              },
              "businessCalendar": { "timeZone": "Asia/Kolkata", "workingDays": ["sunday", "monday"], "workingHours": { "start": "08:30", "end": "16:45" }, "holidays": [] }
            }
            """);

        var p1 = policy["P1"];
        Assert.Equal(
            ("Major", PolicyDuration.Within(Duration.FromMinutes(20)), Duration.FromMinutes(25), new EscalationStep(Duration.FromMinutes(90), "P0")),
            (p1.Title, p1.ResponseTime, p1.UpdateCadence, p1.Escalation));
        Assert.Equal<string>(["engineeringManager"], p1.Notify);
        Assert.Equal<IncidentRole>([IncidentRole.IncidentCommander, IncidentRole.Scribe], p1.RequiredRoles);
        Assert.Equal((Duration.FromMinutes(10), Duration.FromHours(36)), (p1.VerificationWindow!.Value, p1.ReviewWithin!.Duration!.Value));
        var calendar = policy.Calendar;
        Assert.Equal("Asia/Kolkata", calendar.TimeZone.Id);
        Assert.Equal([IsoDayOfWeek.Monday, IsoDayOfWeek.Sunday], calendar.WorkingDays);
        Assert.Equal((new LocalTime(8, 30), new LocalTime(16, 45)), (calendar.WorkingHoursStart, calendar.WorkingHoursEnd));
    }

    [Fact]
    public void Null_removes_an_escalation_a_window_or_a_level()
    {
        var policy = PolicyJson.ReadOverride("""
            { "severities": {
                "P2": { "escalateAfter": null, "verificationWindow": null },
                "P3": null },
              "classification": {
                "outage": { "internal": "P2" },
                "coreSeverelyImpaired": { "internal": "P2" }, "coreDegraded": { "internal": "P2" }, "nonCore": { "internal": "P2" },
                "cosmetic": { "all": "P2", "most": "P2", "subset": "P2", "internal": "P2" } } }
            """);

        Assert.Null(policy["P2"].Escalation);
        Assert.Null(policy["P2"].VerificationWindow);
        Assert.False(policy.TryGetLevel("P3", out _));
    }

    [Fact]
    public void A_negative_duration_is_reported_with_its_path_and_value()
    {
        Assert.Equal(
            "$.severities.P2.escalateAfter: must be a positive duration, got \"-PT1H\"",
            OnlyProblem("""{ "severities": { "P2": { "escalateAfter": "-PT1H" } } }"""));
    }

    [Theory]
    [InlineData("""{ "severities": { "P2": { "updateCadence": "2 hours" } } }""", "$.severities.P2.updateCadence", "expected a positive ISO-8601 duration such as \"PT30M\", an object such as {\"businessDays\": 1}, or a list of phases such as [{\"every\": \"PT20M\", \"for\": \"PT2H\"}, {\"every\": \"PT1H\"}], got the string \"2 hours\"")]
    [InlineData("""{ "severities": { "P2": { "responseTime": "PT0S" } } }""", "$.severities.P2.responseTime", "must be a positive duration, got \"PT0S\"")]
    [InlineData("""{ "severities": { "P2": { "escalteAfter": "PT3H" } } }""", "$.severities.P2.escalteAfter", "unknown property \"escalteAfter\"; did you mean \"escalateAfter\"?")]
    [InlineData("""{ "severities": { "P2": { "escalateTo": "P3" } } }""", "$.severities.P2.escalateTo", "must name a level more severe than P2")]
    [InlineData("""{ "severities": { "P2": { "escalateTo": "P9" } } }""", "$.severities.P2.escalateTo", "unknown level \"P9\"")]
    [InlineData("""{ "severities": { "P2": { "notify": ["teamLead", "cto"] } } }""", "$.severities.P2.notify[1]", "unknown recipient \"cto\"")]
    [InlineData("""{ "severities": { "P2": { "requiredRoles": ["scribe", "janitor"] } } }""", "$.severities.P2.requiredRoles[1]", "unknown role \"janitor\"")]
    [InlineData("""{ "severities": { "P2": { "rank": "two" } } }""", "$.severities.P2.rank", "expected a whole number, got the string \"two\"")]
    [InlineData("""{ "severities": { "P4": { "rank": 4, "updateCadence": "P1D" } } }""", "$.severities.P4.responseTime", "missing")]
    [InlineData("""{ "classification": { "outage": { "all": "P7" } } }""", "$.classification.outage.all", "unknown level \"P7\"")]
    [InlineData("""{ "classification": { "meltdown": { "all": "P0" } } }""", "$.classification.meltdown", "unknown scope \"meltdown\"")]
    [InlineData("""{ "recipients": { "cto": "pigeon" } }""", "$.recipients.cto", "unknown channel \"pigeon\"; expected page, chat, email or ticket")]
    [InlineData("""{ "businessCalendar": { "timeZone": "Mars/Olympus" } }""", "$.businessCalendar.timeZone", "unknown time zone \"Mars/Olympus\"")]
    [InlineData("""{ "businessCalendar": { "workingHours": { "start": "17:00", "end": "09:00" } } }""", "$.businessCalendar.workingHours", "working hours must end after they start, got start \"17:00\" and end \"09:00\"")]
    [InlineData("""{ "businessCalendar": { "workingDays": ["monday", "funday"] } }""", "$.businessCalendar.workingDays[1]", "unknown day \"funday\"")]
    [InlineData("""{ "businessCalendar": { "workingDays": [] } }""", "$.businessCalendar.workingDays", "at least one working day")]
    [InlineData("""{ "businessCalendar": { "holidays": ["25/12/2024"] } }""", "$.businessCalendar.holidays[0]", "expected a date such as \"2024-12-25\"")]
    [InlineData("""{ "rules": { "IRP9999": { "severity": "none" } } }""", "$.rules.IRP9999", "unknown rule \"IRP9999\"; expected IRP1001")]
    [InlineData("""{ "rules": { "IRP1001": { "severity": "none" } } }""", "$.rules.IRP1001.severity", "is not configurable")]
    [InlineData("""{ "rules": { "IRP3001": { "severity": "loud" } } }""", "$.rules.IRP3001.severity", "unknown severity \"loud\"; expected none, info, warning or error")]
    [InlineData("""{ "categories": { "Gossip": { "severity": "none" } } }""", "$.categories.Gossip", "unknown category \"Gossip\"")]
    [InlineData("""{ "severity": { } }""", "$.severity", "unknown property \"severity\"; expected severities, classification")]
    [InlineData("""[1, 2]""", "$", "expected a policy document (a JSON object), got an array")]
    public void Each_mistake_is_reported_with_its_JSON_path(string json, string path, string message)
    {
        var problem = Assert.Single(Refused(json).Problems);

        Assert.Equal(path, problem.Path);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_blank_level_in_a_matrix_cell_is_a_problem_at_the_cell_with_every_other_problem()
    {
        // Found by the fuzzer (seed 1694429630): a cell's level swapped for "" threw ArgumentException out of the reader.
        var refused = Refused("""{ "classification": { "outage": { "all": "", "most": " " } }, "recipients": { "cto": "pigeon" } }""");

        Assert.Equal(
            [
                "$.classification.outage.all: expected the name of a severity level, got \"\"",
                "$.classification.outage.most: expected the name of a severity level, got \" \"",
                "$.recipients.cto: unknown channel \"pigeon\"; expected page, chat, email or ticket",
            ],
            refused.Problems.Select(p => p.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_blank_level_given_to_the_builder_is_a_problem_at_the_cell_not_an_argument_exception()
    {
        var refused = Assert.Throws<InvalidPolicyException>(() => ResponsePolicy.Default.ToBuilder().Classify(ImpactScope.Cosmetic, UsersAffected.Internal, "  ").Build());

        Assert.Equal("$.classification.cosmetic.internal: expected the name of a severity level, got \"  \"", Assert.Single(refused.Problems).ToString());
    }

    [Fact]
    public void A_setting_given_twice_is_a_problem_not_the_last_one_wins()
    {
        var problem = Assert.Single(Refused("""{ "severities": { "P2": { "escalateAfter": "PT3H", "escalateAfter": "PT5H" } } }""").Problems);

        Assert.Equal(
            ("$.severities.P2.escalateAfter", "duplicate property \"escalateAfter\": a property may appear only once in an object"),
            (problem.Path, problem.Message));
    }

    [Fact]
    public void Comments_and_trailing_commas_are_accepted()
    {
        var policy = PolicyJson.ReadOverride("""
            {
              // slower escalation for P2
              "severities": { "P2": { "escalateAfter": "PT5H", /* was PT2H */ }, },
            }
            """);

        Assert.Equal(Duration.FromHours(5), policy["P2"].Escalation!.After);
    }

    [Fact]
    public void Malformed_JSON_says_where()
    {
        var problem = Assert.Single(Refused("{\n  \"severities\": {\n    \"P2\": { \"updateCadence\": PT1H }\n  }\n}").Problems);

        Assert.Contains("malformed JSON at line 3", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_five_different_mistakes_reports_all_five_and_names_the_file()
    {
        const string json = """
            {
              "severities": {
                "P2": { "escalateAfter": "-PT1H" },
                "P1": { "escalateTo": "P3" }
              },
              "businessCalendar": { "timeZone": "Europe/Londn", "workingHours": { "start": "18:00", "end": "08:00" } },
              "rules": { "IRP0042": { "severity": "error" } }
            }
            """;

        var error = Assert.Throws<InvalidPolicyException>(() => PolicyJson.ReadOverride(json, source: "acme-policy.json"));

        Assert.Equal(
            ["$.businessCalendar.timeZone", "$.businessCalendar.workingHours", "$.rules.IRP0042", "$.severities.P1.escalateTo", "$.severities.P2.escalateAfter"],
            error.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
        Assert.StartsWith("acme-policy.json: The policy has 5 problems:", error.Message, StringComparison.Ordinal);
        Assert.Equal("acme-policy.json", error.SourceName);
    }

    [Fact]
    public void A_document_read_from_a_stream_overrides_the_policy_it_is_given()
    {
        const string Override = """{ "severities": { "P3": { "responseTime": "nextBusinessDay" } } }""";
        var basePolicy = PolicyJson.ReadOverride("""{ "severities": { "P2": { "escalateAfter": "PT3H" } } }""");
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(Override), writable: false);

        var read = PolicyJson.ReadOverride(stream, basePolicy);

        Assert.Equal(PolicyJson.Write(PolicyJson.ReadOverride(Override, basePolicy)), PolicyJson.Write(read));
        Assert.NotEqual(PolicyJson.Write(PolicyJson.ReadOverride(Override)), PolicyJson.Write(read));
    }

    [Fact]
    public void A_parsed_document_is_applied_onto_a_builder_and_its_problems_name_the_source()
    {
        using var good = JsonDocument.Parse(SpecExample);
        using var bad = JsonDocument.Parse("[]");

        var applied = ResponsePolicy.Default.ToBuilder().ApplyJson(good.RootElement, "override.json").Build();
        var refused = Assert.Throws<InvalidPolicyException>(() => ResponsePolicy.Default.ToBuilder().ApplyJson(bad.RootElement, "override.json").Build());

        Assert.Equal(PolicyJson.Write(PolicyJson.ReadOverride(SpecExample)), PolicyJson.Write(applied));
        Assert.Equal("override.json", refused.SourceName);
        Assert.Equal("$: expected a policy document (a JSON object), got an array", Assert.Single(refused.Problems).ToString());
    }

    [Fact]
    public void Arguments_must_not_be_null()
    {
        Assert.Equal("utf8Json", Assert.Throws<ArgumentNullException>(() => PolicyJson.ReadOverride((Stream)null!)).ParamName);
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => PolicyJson.Write(null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => PolicyJson.ApplyJson(null!, "{}")).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => ResponsePolicy.Default.ToBuilder().ApplyJson((string)null!)).ParamName);
        Assert.Equal("builder", Assert.Throws<ArgumentNullException>(() => PolicyJson.ApplyJson(null!, default(JsonElement))).ParamName);
    }

    [Fact]
    public void An_overridden_policy_evaluates_with_its_new_numbers()
    {
        var engine = new PolicyEngine(PolicyJson.ReadOverride(SpecExample));

        var result = engine.Evaluate(Incidents.Record("10:00", Incidents.P2Impact), T.Of("20:00"));

        Assert.Equal("P2", result.Severity.Name); // IRP3001 none: no escalation
        Assert.Equal(T.Of("11:00"), result.Deadlines.ResponseBy);
        Assert.All(result.Diagnostics.Where(d => d.Id == "IRP5001"), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
    }
}

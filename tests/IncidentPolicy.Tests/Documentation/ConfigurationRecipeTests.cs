using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Model;
using IncidentPolicy.Model.Events;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using IncidentPolicy.Tests.Support;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Documentation;

/// <summary>
/// The recipes of docs/configuration.md are what a team copies, so they are checked: the JSON shown is the
/// sample file it names, the C# shown is the code below (between the recipe markers), and both give the same
/// policy, which classifies, escalates and notifies as the recipe says.
/// </summary>
public sealed class ConfigurationRecipeTests
{
    private const string ReplaceLevels = "### Replace the levels (SEV1–SEV3)";

    private static readonly string[] Page = File.ReadAllLines(Repository.PathOf("docs", "configuration.md"));

    [Fact]
    public void The_json_of_the_replace_the_levels_recipe_is_the_sample_file()
    {
        Assert.Equal(SampleText("sev1-sev3.json"), Blocks(ReplaceLevels, "json").Single());
    }

    [Fact]
    public void The_json_of_the_pagerduty_style_recipe_is_the_sample_file()
    {
        Assert.Equal(SampleText("pagerduty-style.json"), Blocks("### PagerDuty-style cadence and business-day reviews", "json").Single());
    }

    [Fact]
    public void The_csharp_of_the_replace_the_levels_recipe_is_the_code_of_this_test_with_its_usings()
    {
        var shown = Blocks(ReplaceLevels, "csharp").Single().Split('\n');
        var source = File.ReadAllLines(Repository.PathOf("tests", "IncidentPolicy.Tests", "Documentation", "ConfigurationRecipeTests.cs"));
        var usings = shown.TakeWhile(l => l.StartsWith("using ", StringComparison.Ordinal)).ToList();
        var code = source.SkipWhile(l => l.Trim() != "// recipe:" + "begin").Skip(1)
            .TakeWhile(l => l.Trim() != "// recipe:" + "end")
            .Select(l => l.Length >= 8 ? l[8..] : l.TrimStart());

        Assert.Equal(code, shown.Skip(usings.Count).SkipWhile(string.IsNullOrEmpty));
        Assert.All(usings, u => Assert.Contains(source, l => l.StartsWith(u.Split("//")[0].TrimEnd(), StringComparison.Ordinal)));
    }

    [Fact]
    public void The_code_and_the_json_of_the_replace_the_levels_recipe_are_the_same_policy()
    {
        Assert.Equal(PolicyJson.ReadOverrideFile(Repository.PathOf("samples", "policies", "sev1-sev3.json")), SevPolicy());
    }

    [Fact]
    public void The_replaced_levels_classify_escalate_and_notify_as_the_recipe_says()
    {
        var engine = new PolicyEngine(SevPolicy());
        var outage = Incidents.Record("14:00", Incidents.Impact(UsersAffected.All, ImpactScope.Outage));
        var degraded = Incidents.Record("14:00", Incidents.Impact(UsersAffected.Subset, ImpactScope.CoreDegraded));
        var breach = Incidents.Record("14:00", Incidents.Impact(UsersAffected.Internal, ImpactScope.Cosmetic, securityBreach: true));

        var sev1 = engine.Evaluate(outage, T.Of("14:01"));
        var sev2 = engine.Evaluate(degraded, T.Of("18:00"));

        Assert.Equal("SEV1", sev1.Severity.Name);
        Assert.Equal(["onCall", "incidentManager", "support"], sev1.Notifications.Select(n => n.Recipient));
        Assert.Equal(["SEV2", "SEV1"], sev2.SeverityHistory.Select(h => h.Severity.Name));
        Assert.Equal("SEV1", engine.Evaluate(breach, T.Of("14:01")).Severity.Name);
    }

    [Fact]
    public void The_pagerduty_style_recipe_updates_every_20_minutes_for_two_hours_then_hourly()
    {
        var engine = new PolicyEngine(PolicyJson.ReadOverride(SampleText("pagerduty-style.json")));
        var detected = Instant.FromUtc(2024, 11, 22, 15, 0); // Fri 10:00 in New York
        var p1 = new IncidentRecord("INC-PD", "Checkout slow", detected, Incidents.P1Impact, [
            new Acknowledged(detected + Duration.FromMinutes(5), "bob"),
            new StatusUpdatePosted(detected + Duration.FromMinutes(20)),
            new StatusUpdatePosted(detected + Duration.FromMinutes(125)),
        ]);

        Assert.Equal(detected + Duration.FromMinutes(40), engine.Evaluate(p1, detected + Duration.FromMinutes(21)).Deadlines.NextUpdateBy);
        Assert.Equal(detected + Duration.FromMinutes(185), engine.Evaluate(p1, detected + Duration.FromMinutes(126)).Deadlines.NextUpdateBy);
    }

    [Fact]
    public void The_pagerduty_style_recipe_wants_the_review_of_a_p1_resolved_on_friday_22_november_by_monday_2_december()
    {
        var engine = new PolicyEngine(PolicyJson.ReadOverride(SampleText("pagerduty-style.json")));
        var detected = Instant.FromUtc(2024, 11, 22, 15, 0);
        var p1 = new IncidentRecord("INC-PD", "Checkout slow", detected, Incidents.P1Impact, [
            new Acknowledged(detected + Duration.FromMinutes(5), "bob"),
            new Resolved(detected + Duration.FromMinutes(50)),
        ]);

        var reviewBy = engine.Evaluate(p1, detected + Duration.FromHours(1)).Deadlines.ReviewBy;

        // 17:00 in New York on Monday 2 December (EST, UTC-5): the fifth business day, Thanksgiving skipped.
        Assert.Equal(Instant.FromUtc(2024, 12, 2, 22, 0), reviewBy);
    }

    private static ResponsePolicy SevPolicy()
    {
        // recipe:begin
        var policy = ResponsePolicyBuilder.CreateEmpty()          // "extends": "none": nothing of the default
            .AddLevel("SEV1", rank: 1, l => l
                .Title("Critical")
                .ResponseTime(PolicyDuration.Within(Duration.FromMinutes(15)))
                .UpdateCadence(Duration.FromMinutes(30))
                .Notify("onCall", "incidentManager", "support")
                .RequiredRoles(IncidentRole.IncidentCommander, IncidentRole.CommunicationsLead)
                .VerificationWindow(Duration.FromMinutes(30))
                .ReviewWithin(Duration.FromDays(3)))
            .AddLevel("SEV2", rank: 2, l => l
                .Title("Major")
                .ResponseTime(PolicyDuration.Within(Duration.FromMinutes(30)))
                .UpdateCadence(Duration.FromHours(1))
                .EscalateAfter(Duration.FromHours(4), "SEV1")
                .Notify("onCall", "teamChannel")
                .RequiredRoles(IncidentRole.IncidentCommander)
                .VerificationWindow(Duration.FromMinutes(15))
                .ReviewWithin(Duration.FromDays(7)))
            .AddLevel("SEV3", rank: 3, l => l
                .Title("Minor")
                .ResponseTime(PolicyDuration.NextBusinessDay)
                .UpdateCadence(Duration.FromDays(1))
                .Notify("teamChannel"))
            .Recipient("onCall", NotificationChannel.Page)
            .Recipient("incidentManager", NotificationChannel.Page)
            .Recipient("support", NotificationChannel.Chat)
            .Recipient("teamChannel", NotificationChannel.Chat)
            .ClassifyAll("SEV3")                                  // every cell, then those more severe
            .Classify(ImpactScope.Outage, UsersAffected.All, "SEV1")
            .Classify(ImpactScope.Outage, UsersAffected.Most, "SEV1")
            .Classify(ImpactScope.CoreSeverelyImpaired, UsersAffected.All, "SEV1")
            .Classify(ImpactScope.CoreSeverelyImpaired, UsersAffected.Most, "SEV1")
            .Classify(ImpactScope.Outage, UsersAffected.Subset, "SEV2")
            .Classify(ImpactScope.Outage, UsersAffected.Internal, "SEV2")
            .Classify(ImpactScope.CoreSeverelyImpaired, UsersAffected.Subset, "SEV2")
            .Classify(ImpactScope.CoreDegraded, UsersAffected.All, "SEV2")
            .Classify(ImpactScope.CoreDegraded, UsersAffected.Most, "SEV2")
            .Classify(ImpactScope.CoreDegraded, UsersAffected.Subset, "SEV2")
            .Classify(ImpactScope.NonCore, UsersAffected.All, "SEV2")
            .Calendar(c => c
                .TimeZone(DateTimeZoneProviders.Tzdb["Europe/Berlin"])
                .WorkingHours(new LocalTime(9, 0), new LocalTime(18, 0))
                .Holidays(
                    new LocalDate(2024, 12, 24), new LocalDate(2024, 12, 25), new LocalDate(2024, 12, 26),
                    new LocalDate(2024, 12, 31), new LocalDate(2025, 1, 1)))
            .Build();                                             // every problem at once, or the policy
        // recipe:end
        return policy;
    }

    private static string SampleText(string file) =>
        File.ReadAllText(Repository.PathOf("samples", "policies", file)).ReplaceLineEndings("\n").TrimEnd('\n');

    /// <summary>The fenced blocks of one language under a heading of the page, up to the next heading of the same or a higher level.</summary>
    private static List<string> Blocks(string heading, string language)
    {
        var start = Array.IndexOf(Page, heading);
        Assert.True(start >= 0, $"docs/configuration.md has no heading '{heading}'");
        var level = heading.TakeWhile(c => c == '#').Count();
        return MarkdownText.FencedBlocks(
            Page.Skip(start + 1).TakeWhile(l => !(l.StartsWith('#') && l.TakeWhile(c => c == '#').Count() <= level)), language);
    }
}

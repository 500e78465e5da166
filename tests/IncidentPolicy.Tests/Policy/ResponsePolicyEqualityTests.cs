using System;
using System.Collections.Generic;
using IncidentPolicy.Model;
using IncidentPolicy.Policy;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Tests.Policy;

/// <summary>
/// Policy equality covers every setting, so "reads back as an equal policy" (the policy command, the
/// samples keeping their meaning) cannot hide a lost setting: a change to any one setting makes a policy
/// that is not equal to the default, and the same change made twice gives equal policies.
/// </summary>
public sealed class ResponsePolicyEqualityTests
{
    public static TheoryData<string> Changes => [.. ChangeByName.Keys];

    private static readonly Dictionary<string, Action<ResponsePolicyBuilder>> ChangeByName = new()
    {
        ["level rank"] = b => b.Level("P3", l => l.Rank(4)),
        ["level title"] = b => b.Level("P2", l => l.Title("Partial")),
        ["response time"] = b => b.Level("P2", l => l.ResponseTime(PolicyDuration.Within(Duration.FromHours(1)))),
        ["update cadence"] = b => b.Level("P2", l => l.UpdateCadence(Duration.FromHours(1))),
        ["escalation delay"] = b => b.Level("P2", l => l.EscalateAfter(Duration.FromHours(3))),
        ["escalation target"] = b => b.Level("P2", l => l.EscalateTo("P0")),
        ["notify order"] = b => b.Level("P2", l => l.Notify("teamLead", "onCallEngineer")),
        ["required roles"] = b => b.Level("P2", l => l.RequiredRoles(IncidentRole.Scribe)),
        ["verification window"] = b => b.Level("P2", l => l.VerificationWindow(Duration.FromMinutes(45))),
        ["review"] = b => b.Level("P2", l => l.ReviewWithin(null)),
        ["a level more"] = b => b.AddLevel("P4", 4, l => l.ResponseTime(PolicyDuration.NextBusinessDay).UpdateCadence(Duration.FromDays(7))),
        ["matrix cell"] = b => b.Classify(ImpactScope.Cosmetic, UsersAffected.All, "P2"),
        ["recipient channel"] = b => b.Recipient("teamLead", NotificationChannel.Page),
        ["a recipient more"] = b => b.Recipient("cto", NotificationChannel.Email),
        ["time zone"] = b => b.Calendar(c => c.TimeZone(DateTimeZoneProviders.Tzdb["Europe/Berlin"])),
        ["working days"] = b => b.Calendar(c => c.WorkingDays(IsoDayOfWeek.Monday)),
        ["working hours"] = b => b.Calendar(c => c.WorkingHours(new LocalTime(8, 0), new LocalTime(17, 0))),
        ["holidays"] = b => b.Calendar(c => c.AddHolidays(new LocalDate(2024, 12, 25))),
        ["rule severity"] = b => b.RuleSeverity("IRP3001", RuleSeverity.None),
        ["category severity"] = b => b.CategorySeverity("Communication", RuleSeverity.Error),
        ["all rules severity"] = b => b.AllRulesSeverity(RuleSeverity.Warning),
        ["custom rule"] = b => b.AddRule<Rules.Custom.TitleRequiredRule>(),
        ["yearly holidays"] = b => b.Calendar(c => c.AddYearlyHoliday(12, 25)),
        ["customer cadence"] = b => b.Level("P2", l => l.CustomerUpdateCadence(Duration.FromHours(4))),
        ["runbook sections"] = b => b.Documents(d => d with { Runbook = d.Runbook with { Sections = ["When to Use", "Steps", "Escalation"] } }),
        ["runbook steps section"] = b => b.Documents(d => d with { Runbook = d.Runbook with { StepsSection = "Procedure", Sections = ["When to Use", "Prerequisites", "Procedure", "Escalation"] } }),
        ["runbook paths"] = b => b.Documents(d => d with { Runbook = d.Runbook with { Paths = ["runbooks/**/*.md"] } }),
        ["review sections"] = b => b.Documents(d => d with { Review = d.Review with { Sections = ["Summary", "Timeline"] } }),
        ["review ignored names"] = b => b.Documents(d => d with { Review = d.Review with { IgnoreNames = ["Postgres"] } }),
        ["changing commands"] = b => b.Documents(d => d with { ChangingCommands = ["kubectl delete*"] }),
        ["runbook age"] = b => b.Documents(d => d with { RunbookMaxAge = Duration.FromDays(30) }),
        ["triage time"] = b => b.TriageWithin(Duration.FromMinutes(10)),
        ["levels needing a channel"] = b => b.RequiresChannel("P0"),
        ["service name"] = b => b.ServiceName("Acme Pay"),
        ["customer time zone"] = b => b.CustomerTimeZone(DateTimeZoneProviders.Tzdb["America/New_York"]),
        ["message template"] = b => b.MessageTemplate(global::IncidentPolicy.Communications.MessageKind.StatusUpdate, "{{ severity }}: {{ status }}"),
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_change_to_any_one_setting_makes_a_policy_that_is_not_equal(string change)
    {
        Assert.NotEqual(ResponsePolicy.Default, Changed(change));
        Assert.Equal(Changed(change), Changed(change));
    }

    [Theory]
    [MemberData(nameof(Changes))]
    public void A_policy_rebuilt_from_itself_keeps_every_setting(string change)
    {
        var policy = Changed(change);

        Assert.Equal(policy, policy.ToBuilder().Build());
    }

    private static ResponsePolicy Changed(string change)
    {
        var builder = ResponsePolicy.CreateBuilder();
        ChangeByName[change](builder);
        return builder.Build();
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using IncidentPolicy.Rules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace IncidentPolicy.Extensions.Hosting.Tests;

/// <summary>AddIncidentPolicy(configuration): overrides from appsettings through the options pattern, validated at start-up.</summary>
public sealed class IncidentPolicyConfigurationExtensionsTests
{
    private static IConfiguration Configuration(params (string Key, string? Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

    private static ServiceProvider Services(IConfiguration configuration, string section = "IncidentPolicy", Action<ResponsePolicyBuilder>? configure = null) =>
        new ServiceCollection().AddIncidentPolicy(configuration, section, configure).BuildServiceProvider();

    [Fact]
    public void Overrides_in_the_IncidentPolicy_section_shape_the_registered_engine()
    {
        using var services = Services(Configuration(
            ("IncidentPolicy:severities:P2:escalateAfter", "PT3H"),
            ("IncidentPolicy:severities:P3:responseTime", "nextBusinessDay"),
            ("IncidentPolicy:rules:IRP4003:severity", "none"),
            ("IncidentPolicy:categories:Communication:severity", "error"),
            ("IncidentPolicy:businessCalendar:timeZone", "Europe/London"),
            ("IncidentPolicy:businessCalendar:holidays:0", "2024-12-25")));

        var policy = services.GetRequiredService<PolicyEngine>().Policy;

        Assert.Equal(Duration.FromHours(3), policy["P2"].Escalation!.After);
        Assert.Equal(RuleSeverity.None, policy.RuleSeverities.EffectiveSeverity(BuiltInRules.Get("IRP4003")));
        Assert.Equal(RuleSeverity.Error, policy.RuleSeverities.EffectiveSeverity(BuiltInRules.Get("IRP5001")));
        Assert.Equal("Europe/London", policy.Calendar.TimeZone.Id);
        Assert.Equal([new LocalDate(2024, 12, 25)], policy.Calendar.Holidays);
    }

    [Fact]
    public void Arrays_are_written_with_index_keys_and_an_empty_value_means_null()
    {
        using var services = Services(Configuration(
            ("IncidentPolicy:recipients:searchLead", "chat"),
            ("IncidentPolicy:severities:P2:notify:0", "onCallEngineer"),
            ("IncidentPolicy:severities:P2:notify:1", "searchLead"),
            ("IncidentPolicy:severities:P2:escalateAfter", ""),
            ("IncidentPolicy:severities:P2:escalateTo", "")));

        var p2 = services.GetRequiredService<ResponsePolicy>()["P2"];

        Assert.Equal<string>(["onCallEngineer", "searchLead"], p2.Notify);
        Assert.Null(p2.Escalation);
    }

    [Fact]
    public void Without_the_section_the_policy_is_the_default()
    {
        using var services = Services(Configuration());

        Assert.Equal(ResponsePolicy.Default, services.GetRequiredService<ResponsePolicy>());
    }

    [Fact]
    public void Another_section_name_can_be_used()
    {
        using var services = Services(Configuration(("Ops:Policy:severities:P1:updateCadence", "PT20M")), "Ops:Policy");

        Assert.Equal(Duration.FromMinutes(20), services.GetRequiredService<ResponsePolicy>()["P1"].UpdateCadence);
    }

    [Fact]
    public void Changes_in_code_apply_first_and_the_section_wins()
    {
        using var services = Services(
            Configuration(("IncidentPolicy:severities:P2:updateCadence", "PT90M")),
            configure: b => b.Level("P2", p2 => p2.UpdateCadence(Duration.FromHours(1)).VerificationWindow(Duration.FromMinutes(45))));

        var p2 = services.GetRequiredService<ResponsePolicy>()["P2"];

        Assert.Equal((Duration.FromMinutes(90), Duration.FromMinutes(45)), (p2.UpdateCadence, p2.VerificationWindow!.Value));
    }

    [Fact]
    public void A_bad_policy_fails_start_up_validation_with_every_problem_and_its_path()
    {
        using var services = Services(Configuration(
            ("IncidentPolicy:severities:P2:escalateAfter", "-PT1H"),
            ("IncidentPolicy:businessCalendar:timeZone", "Mars/Olympus"),
            ("IncidentPolicy:rules:IRP9999:severity", "none")));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("configuration section 'IncidentPolicy': The policy has 3 problems", error.Failures);
        Assert.Contains("$.severities.P2.escalateAfter: must be a positive duration, got \"-PT1H\"", error.Failures);
        Assert.Contains(error.Failures, f => f.StartsWith("$.businessCalendar.timeZone: unknown time zone \"Mars/Olympus\"", StringComparison.Ordinal));
        Assert.Contains(error.Failures, f => f.StartsWith("$.rules.IRP9999: unknown rule \"IRP9999\"; expected IRP1001", StringComparison.Ordinal));
    }

    [Fact]
    public void A_good_policy_passes_start_up_validation()
    {
        using var services = Services(Configuration(("IncidentPolicy:severities:P2:escalateAfter", "PT3H")));

        services.GetRequiredService<IStartupValidator>().Validate();
    }

    [Fact]
    public void The_engine_is_a_singleton_and_the_clock_is_the_system_clock_unless_the_host_registered_one()
    {
        var fake = new FakeClock(Instant.FromUtc(2024, 3, 15, 10, 0));
        using var withFake = new ServiceCollection().AddSingleton<IClock>(fake).AddIncidentPolicy(Configuration()).BuildServiceProvider();
        using var plain = Services(Configuration());

        Assert.Same(fake, withFake.GetRequiredService<IClock>());
        Assert.Same(SystemClock.Instance, plain.GetRequiredService<IClock>());
        Assert.Same(plain.GetRequiredService<PolicyEngine>(), plain.GetRequiredService<PolicyEngine>());
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Extensions.Hosting.Tests;

/// <summary>Business days, cadence schedules and yearly holidays in configuration: read as in a policy document, with the same problems and paths.</summary>
public sealed class ConfigurationTimeFormsTests
{
    private static ServiceProvider Services(params (string Key, string? Value)[] values) =>
        new ServiceCollection()
            .AddIncidentPolicy(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build())
            .BuildServiceProvider();

    [Fact]
    public void Schedules_business_days_and_yearly_holidays_are_read_from_configuration()
    {
        using var services = Services(
            ("IncidentPolicy:severities:P1:updateCadence:0:every", "PT20M"),
            ("IncidentPolicy:severities:P1:updateCadence:0:for", "PT2H"),
            ("IncidentPolicy:severities:P1:updateCadence:1:every", "PT1H"),
            ("IncidentPolicy:severities:P2:reviewWithin:businessDays", "5"),
            ("IncidentPolicy:severities:P3:updateCadence:businessDays", "1"),
            ("IncidentPolicy:businessCalendar:holidays:0", "--12-25"));

        var policy = services.GetRequiredService<ResponsePolicy>();

        Assert.Equal(new CadenceSchedule([new(Duration.FromMinutes(20), Duration.FromHours(2)), new(Duration.FromHours(1))]), policy["P1"].UpdateCadence);
        Assert.Equal(PolicyDuration.BusinessDays(5), policy["P2"].ReviewWithin);
        Assert.Equal(CadenceSchedule.Every(PolicyDuration.NextBusinessDay), policy["P3"].UpdateCadence);
        Assert.Equal([new AnnualDate(12, 25)], policy.Calendar.YearlyHolidays);
    }

    [Fact]
    public void A_schedule_without_a_for_before_its_last_phase_stops_the_host_with_its_path()
    {
        using var services = Services(
            ("IncidentPolicy:severities:P1:updateCadence:0:every", "PT20M"),
            ("IncidentPolicy:severities:P1:updateCadence:1:every", "PT1H"),
            ("IncidentPolicy:severities:P2:reviewWithin:businessDays", "0"));

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("$.severities.P1.updateCadence[0].for: missing: every phase but the last needs how long it lasts", error.Failures);
        Assert.Contains("$.severities.P2.reviewWithin.businessDays: must be 1 or more business days, got 0", error.Failures);
    }
}

using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy;
using IncidentPolicy.Serialization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace IncidentPolicy.Extensions.Hosting.Tests;

/// <summary>A whole policy (<c>extends: none</c>) and removed recipients in a configuration section, read as the same JSON document would be.</summary>
public sealed class WholePolicyConfigurationTests
{
    private static readonly string[] Scopes = ["outage", "coreSeverelyImpaired", "coreDegraded", "nonCore", "cosmetic"];

    private static readonly string[] Users = ["all", "most", "subset", "internal"];

    private static IConfiguration Configuration(IEnumerable<(string Key, string? Value)> values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => KeyValuePair.Create(v.Key, v.Value))).Build();

    /// <summary>SEV1 and SEV2, every matrix cell at SEV2 but outage/all at SEV1, one recipient.</summary>
    private static IEnumerable<(string, string?)> WholePolicy(bool withSev2Cadence = true)
    {
        yield return ("IncidentPolicy:extends", "none");
        yield return ("IncidentPolicy:severities:SEV1:rank", "1");
        yield return ("IncidentPolicy:severities:SEV1:responseTime", "PT15M");
        yield return ("IncidentPolicy:severities:SEV1:updateCadence", "PT30M");
        yield return ("IncidentPolicy:severities:SEV1:notify:0", "onCall");
        yield return ("IncidentPolicy:severities:SEV2:rank", "2");
        yield return ("IncidentPolicy:severities:SEV2:responseTime", "nextBusinessDay");
        if (withSev2Cadence)
        {
            yield return ("IncidentPolicy:severities:SEV2:updateCadence", "P1D");
        }

        yield return ("IncidentPolicy:recipients:onCall", "page");
        foreach (var scope in Scopes)
        {
            foreach (var users in Users)
            {
                yield return ($"IncidentPolicy:classification:{scope}:{users}", scope == "outage" && users == "all" ? "SEV1" : "SEV2");
            }
        }
    }

    [Fact]
    public void Extends_none_in_the_section_makes_it_the_whole_policy()
    {
        using var services = new ServiceCollection().AddIncidentPolicy(Configuration(WholePolicy())).BuildServiceProvider();

        var policy = services.GetRequiredService<ResponsePolicy>();

        Assert.Equal(["SEV1", "SEV2"], policy.Levels.Select(l => l.Name));
        Assert.Equal(["onCall"], policy.RecipientChannels.Keys);
        Assert.Equal(ResponsePolicy.Default.Calendar, policy.Calendar);
    }

    [Fact]
    public void The_same_whole_policy_as_JSON_and_as_configuration_is_one_policy()
    {
        using var services = new ServiceCollection().AddIncidentPolicy(Configuration(WholePolicy())).BuildServiceProvider();
        var json = PolicyJson.Write(services.GetRequiredService<ResponsePolicy>());

        Assert.Equal(PolicyJson.ReadOverride(json), services.GetRequiredService<ResponsePolicy>());
    }

    [Fact]
    public void What_a_whole_policy_in_configuration_lacks_fails_start_up_with_its_path()
    {
        using var services = new ServiceCollection().AddIncidentPolicy(Configuration(WholePolicy(withSev2Cadence: false))).BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("configuration section 'IncidentPolicy': The policy is invalid", error.Failures);
        Assert.Contains(error.Failures, f => f.StartsWith("$.severities.SEV2.updateCadence: missing", StringComparison.Ordinal));
    }

    [Fact]
    public void An_empty_recipient_value_removes_the_recipient()
    {
        using var services = new ServiceCollection().AddIncidentPolicy(Configuration(
        [
            ("IncidentPolicy:recipients:teamLead", ""),
            ("IncidentPolicy:severities:P2:notify:0", "onCallEngineer"),
        ])).BuildServiceProvider();

        Assert.DoesNotContain("teamLead", services.GetRequiredService<ResponsePolicy>().RecipientChannels.Keys);
    }
}

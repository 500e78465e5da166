using System;
using System.Collections.Generic;
using System.Linq;
using IncidentPolicy.Policy.Checks;
using IncidentPolicy.Rules;
using Xunit;

namespace IncidentPolicy.Tests.Policy.Checks;

/// <summary>The policy checks are rules like the built-in ones: stable IDs in the IRP9xxx range, descriptors, docs pages.</summary>
public sealed class PolicyChecksTests
{
    [Fact]
    public void The_catalogue_keeps_the_six_checks_with_their_default_severities_in_ID_order()
    {
        // A subset, so that adding a check touches only its own files; a check lost or changed fails here.
        Assert.Subset(
            PolicyChecks.All.Select(r => $"{r.Id} {r.DefaultSeverity} {r.Title}").ToHashSet(),
            new HashSet<string>
            {
                "IRP9001 Warning Every level notifies someone",
                "IRP9002 Warning A status update is due before the level escalates",
                "IRP9003 Info Every level can be reached automatically",
                "IRP9004 Warning More impact never gives a less severe level",
                "IRP9005 Warning A more severe level is never slower",
                "IRP9006 Warning Incident roles fall due within a fixed time",
            });
        Assert.Equal(PolicyChecks.All.Select(r => r.Id).Order(StringComparer.Ordinal), PolicyChecks.All.Select(r => r.Id));
    }

    [Fact]
    public void Every_check_is_a_configurable_rule_of_the_configuration_category()
    {
        Assert.All(PolicyChecks.All, r =>
        {
            Assert.Equal(RuleCategories.Configuration, r.Category);
            Assert.Equal($"docs/rules/{r.Id}.md", r.HelpLink);
            Assert.True(r.IsConfigurable);
        });
    }

    [Fact]
    public void Check_IDs_do_not_collide_with_the_built_in_rules()
    {
        Assert.Empty(PolicyChecks.All.Select(r => r.Id).Intersect(BuiltInRules.All.Select(r => r.Id)));
        Assert.DoesNotContain(BuiltInRules.All, r => r.Category == RuleCategories.Configuration);
    }

    [Fact]
    public void Asking_for_an_unknown_check_names_it_and_lists_the_checks()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => PolicyChecks.Get("IRP9999"));

        Assert.StartsWith("There is no policy check 'IRP9999'; the policy checks are IRP9001, IRP9002, IRP9003, ", error.Message, StringComparison.Ordinal);
    }
}

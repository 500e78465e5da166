using System;
using System.Collections.Generic;
using IncidentPolicy.Rules;
using Xunit;

namespace IncidentPolicy.Tests.Rules;

/// <summary>Looking a built-in rule up by its ID.</summary>
public sealed class BuiltInRulesTests
{
    [Fact]
    public void A_rule_is_found_by_its_ID()
    {
        var rule = BuiltInRules.Get("IRP3001");

        Assert.Equal(("IRP3001", "Escalation"), (rule.Id, rule.Category));
    }

    [Fact]
    public void An_unknown_ID_is_refused_with_the_IDs_there_are()
    {
        var exception = Assert.Throws<KeyNotFoundException>(() => BuiltInRules.Get("IRP9999"));

        Assert.StartsWith("There is no built-in rule 'IRP9999'; the built-in rules are IRP1001, IRP1002, ", exception.Message, StringComparison.Ordinal);
        Assert.EndsWith(".", exception.Message, StringComparison.Ordinal);
        Assert.Contains(", IRP7001", exception.Message, StringComparison.Ordinal);
    }
}

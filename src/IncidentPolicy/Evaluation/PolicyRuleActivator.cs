using System;
using System.Collections.Generic;
using IncidentPolicy.Rules;
using NRules.Fluent;
using NRules.Fluent.Dsl;

namespace IncidentPolicy.Evaluation;

/// <summary>Creates rule instances that know their policy: a rule takes a <see cref="RuleContext"/>, or nothing.</summary>
internal sealed class PolicyRuleActivator(RuleContext context) : IRuleActivator
{
    public IEnumerable<Rule> Activate(Type type)
    {
        var rule = (Rule)(type.GetConstructor([typeof(RuleContext)]) is { } constructor
            ? constructor.Invoke([context])
            : Activator.CreateInstance(type)!);
        if (rule is CustomPolicyRule custom)
        {
            custom.Context = context;
        }

        yield return rule;
    }
}

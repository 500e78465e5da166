using System;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Tests.Support;
using Xunit;

namespace IncidentPolicy.Tests.Evaluation;

/// <summary>The engine refuses a missing policy or record at once, naming the argument, instead of failing somewhere inside.</summary>
public sealed class PolicyEngineArgumentTests
{
    [Fact]
    public void A_missing_policy_or_record_is_refused_naming_the_argument()
    {
        Assert.Equal("policy", Assert.Throws<ArgumentNullException>(() => new PolicyEngine(null!)).ParamName);
        Assert.Equal("incident", Assert.Throws<ArgumentNullException>(() => PolicyEngine.Default.Evaluate(null!, T.Of("10:00"))).ParamName);
        Assert.Equal("incident", Assert.Throws<ArgumentNullException>(() => PolicyEngine.Default.EvaluateWithCheckpoint(null!, T.Of("10:00"))).ParamName);
    }
}

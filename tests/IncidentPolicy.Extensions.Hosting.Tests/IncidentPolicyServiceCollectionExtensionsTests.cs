using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Xunit;

namespace IncidentPolicy.Extensions.Hosting.Tests;

/// <summary>The core package's AddIncidentPolicy, which needs only the DI abstractions.</summary>
public sealed class IncidentPolicyServiceCollectionExtensionsTests
{
    [Fact]
    public void Without_configuration_the_default_policy_is_registered_with_its_engine_and_the_system_clock()
    {
        using var services = new ServiceCollection().AddIncidentPolicy().BuildServiceProvider();

        Assert.Equal(ResponsePolicy.Default, services.GetRequiredService<PolicyEngine>().Policy);
        Assert.Same(SystemClock.Instance, services.GetRequiredService<IClock>());
    }

    [Fact]
    public void Changes_in_code_shape_the_registered_policy()
    {
        using var services = new ServiceCollection()
            .AddIncidentPolicy(b => b.Level("P1", p1 => p1.EscalateAfter(Duration.FromMinutes(90))))
            .BuildServiceProvider();

        Assert.Equal(Duration.FromMinutes(90), services.GetRequiredService<ResponsePolicy>()["P1"].Escalation!.After);
    }
}

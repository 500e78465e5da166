using System;
using IncidentPolicy.Communications;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using NodaTime.Testing;
using Xunit;

namespace IncidentPolicy.Extensions.Hosting.Tests;

/// <summary>What AddIncidentPolicy and AddIncidentPolicyEngine register, and what they leave to the host.</summary>
public sealed class ServiceRegistrationTests
{
    [Fact]
    public void A_missing_service_collection_is_refused_naming_it()
    {
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddIncidentPolicy()).ParamName);
        Assert.Equal("services", Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddIncidentPolicyEngine()).ParamName);
    }

    [Fact]
    public void The_message_composer_is_registered_over_the_registered_engine()
    {
        using var services = new ServiceCollection().AddIncidentPolicy().BuildServiceProvider();

        Assert.Same(services.GetRequiredService<PolicyEngine>(), services.GetRequiredService<MessageComposer>().Engine);
    }

    [Fact]
    public void A_clock_or_policy_the_host_registered_first_is_kept()
    {
        var clock = new FakeClock(Instant.FromUtc(2026, 1, 5, 9, 0));
        var policy = ResponsePolicy.CreateBuilder().Level("P1", p1 => p1.EscalateAfter(Duration.FromMinutes(45))).Build();
        var configured = false;
        using var services = new ServiceCollection()
            .AddSingleton<IClock>(clock)
            .AddSingleton(policy)
            .AddIncidentPolicy(_ => configured = true)
            .BuildServiceProvider();

        Assert.Same(clock, services.GetRequiredService<IClock>());
        Assert.Same(policy, services.GetRequiredService<PolicyEngine>().Policy);
        Assert.False(configured);
    }

    [Fact]
    public void AddIncidentPolicyEngine_alone_uses_the_policy_the_host_registered()
    {
        var policy = ResponsePolicy.CreateBuilder().Level("P1", p1 => p1.EscalateAfter(Duration.FromMinutes(45))).Build();
        using var services = new ServiceCollection().AddSingleton(policy).AddIncidentPolicyEngine().BuildServiceProvider();

        Assert.Same(policy, services.GetRequiredService<PolicyEngine>().Policy);
        Assert.Same(SystemClock.Instance, services.GetRequiredService<IClock>());
    }
}

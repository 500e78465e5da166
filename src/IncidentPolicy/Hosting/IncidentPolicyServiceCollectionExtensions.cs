using System;
using IncidentPolicy.Evaluation;
using IncidentPolicy.Policy;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers IncidentPolicy in a service collection.</summary>
public static class IncidentPolicyServiceCollectionExtensions
{
    /// <summary>
    /// Registers the policy (the default, shaped by <paramref name="configure"/>), the
    /// <see cref="PolicyEngine"/> compiled from it as a singleton, and NodaTime's <see cref="IClock"/>
    /// (the system clock, unless the host registered another). Registrations already made are kept.
    /// For overrides from configuration, use the <c>IncidentPolicy.Extensions.Hosting</c> package.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="configure">Changes to the default policy, or <see langword="null"/> for the default.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddIncidentPolicy(this IServiceCollection services, Action<ResponsePolicyBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton(_ =>
        {
            var builder = ResponsePolicy.CreateBuilder();
            configure?.Invoke(builder);
            return builder.Build();
        });
        return services.AddIncidentPolicyEngine();
    }

    /// <summary>
    /// Registers the <see cref="PolicyEngine"/> for the <see cref="ResponsePolicy"/> registered by the
    /// caller, the <see cref="IncidentPolicy.Communications.MessageComposer"/> that renders its messages, and NodaTime's <see cref="IClock"/> (the system clock, unless the host registered another).
    /// </summary>
    /// <param name="services">The services.</param>
    /// <returns>The services.</returns>
    public static IServiceCollection AddIncidentPolicyEngine(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton(provider => new PolicyEngine(provider.GetRequiredService<ResponsePolicy>()));
        services.TryAddSingleton(provider => new IncidentPolicy.Communications.MessageComposer(provider.GetRequiredService<PolicyEngine>()));
        return services;
    }
}
